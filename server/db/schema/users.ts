import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { searchVectorOf, tsvector } from '../full-text-search.js';
import { vietnameseOrderKeyOf } from '../vietnamese-order.js';
import { organisations } from './organisations.js';

/**
 * Vietnamese letters with their accents, and the same letters without, for the users' search column: the
 * database computes it, so every way a user is written (the seed, the first administrator's command, the API)
 * is searchable without accents as shared/common/search-text.ts searches (tests/server/users/list-users.test.ts).
 */
const ACCENTED =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
const PLAIN =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd' +
  'AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    /** An account created with an activation link holds a random hash no password matches until activation. */
    passwordHash: text('password_hash').notNull(),
    /** Position as printed on documents ("Chuyên viên"); empty when not given, as are email and phone. */
    title: text('title').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the person set their first password: null while an account created by an administrator awaits it. */
    activatedAt: timestamp('activated_at', { withTimezone: true }).defaultNow(),
    version: integer('version').notNull().default(1),
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(
        sql.raw(
          `lower(regexp_replace(translate("username" || ' ' || "full_name", '${ACCENTED}', '${PLAIN}'), ` +
            `'\\s+', ' ', 'g'))`,
        ),
      ),
    /** The list's q matches it (server/db/full-text-search.ts): username and full name, with and without accents. */
    searchVector: tsvector('search_vector').notNull().generatedAlwaysAs(searchVectorOf('"username"', '"full_name"')),
    /** The full name's key in the Vietnamese order (server/db/vietnamese-order.ts): lists sort by it. */
    fullNameOrder: text('full_name_order').notNull().generatedAlwaysAs(vietnameseOrderKeyOf('full_name')),
    /**
     * Wrong passwords typed for this account since its last successful login, and when the last one was:
     * the next login tells the owner (server/modules/auth/failed-attempts.ts). Kept here, not counted from
     * login_attempts, because those rows are pruned after the throttling window.
     */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lastFailedAttemptAt: timestamp('last_failed_attempt_at', { withTimezone: true }),
  },
  (table) => [index('users_search_idx').using('gin', table.searchVector)],
);

/** A role held in an organisation covers that organisation's whole subtree. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
  },
  (table) => [uniqueIndex('memberships_unique').on(table.userId, table.organisationId, table.role)],
);

/** Sessions live in the database so several server processes share them. Only a hash of the token is kept. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** The id a person sees and ends the session by (GET /api/auth/sessions): random, never the token or its hash. */
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
    /** What the login that opened this session told the owner: failed attempts before it (0: none). */
    failedAttemptsBefore: integer('failed_attempts_before').notNull().default(0),
    lastFailedAttemptBefore: timestamp('last_failed_attempt_before', { withTimezone: true }),
  },
  (table) => [index('sessions_user_idx').on(table.userId), uniqueIndex('sessions_public_id_idx').on(table.id)],
);

/** Every login attempt, for throttling per user and per address across processes. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('login_attempts_username_idx').on(table.username, table.at),
    index('login_attempts_ip_idx').on(table.ip, table.at),
    // for pruning the rows older than the window
    index('login_attempts_at_idx').on(table.at),
  ],
);

/**
 * One-time links with which a person sets their password (server/modules/auth/activation-links.ts): only the
 * SHA-256 of the token is kept, so the table gives nobody a usable link. Issuing a new link of a purpose deletes
 * the person's unused ones of it; a used link keeps its row (used_at) until the person is deleted.
 */
export const accountLinks = pgTable(
  'account_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'activate' (a new account's first password) or 'reset' (a forgotten one). */
    purpose: text('purpose').$type<'activate' | 'reset'>().notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** The administrator who issued it. */
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('account_links_token_idx').on(table.tokenHash),
    index('account_links_user_idx').on(table.userId, table.purpose),
  ],
);
