import { bigserial, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  fullName: text('full_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /**
   * Wrong passwords typed for this account since its last successful login, and when the last one was:
   * the next login tells the owner (server/modules/auth/failed-attempts.ts). Kept here, not counted from
   * login_attempts, because those rows are pruned after the throttling window.
   */
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lastFailedAttemptAt: timestamp('last_failed_attempt_at', { withTimezone: true }),
});

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
  (table) => [index('sessions_user_idx').on(table.userId)],
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
