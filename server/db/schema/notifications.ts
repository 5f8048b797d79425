import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  DeliveryByKind,
  NotificationDetails,
  NotificationKind,
} from '../../../shared/notifications/notifications.schemas.js';
import { dossiers } from './dossiers.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

/** What the person reads under the bell; one row per recipient (server/modules/notifications/). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NotificationKind>().notNull(),
    dossierId: uuid('dossier_id').references(() => dossiers.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    details: jsonb('details').$type<NotificationDetails>().notNull(),
    /**
     * Makes a reminder once per step and threshold (and a workflow event once per audit event): a second insert
     * with the same key for the same person does nothing.
     */
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** none (in the app only) · queued (an e-mail job sent) · digest (waits for the day's digest) · sent · failed. */
    emailState: text('email_state').notNull().default('none'),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('notifications_dedupe_idx').on(table.userId, table.dedupeKey),
    index('notifications_user_idx').on(table.userId, table.createdAt),
    index('notifications_unread_idx')
      .on(table.userId)
      .where(sql`${table.readAt} is null`),
    index('notifications_digest_idx')
      .on(table.userId)
      .where(sql`${table.emailState} = 'digest'`),
  ],
);

/** A person's own delivery choices; kinds not listed follow the administrators' defaults. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  delivery: jsonb('delivery').$type<Partial<DeliveryByKind>>().notNull().default({}),
  digestHour: integer('digest_hour'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The administrators' defaults: one row (id is always true). */
export const notificationDefaults = pgTable(
  'notification_defaults',
  {
    id: boolean('id').primaryKey().default(true),
    delivery: jsonb('delivery').$type<Partial<DeliveryByKind>>().notNull().default({}),
    digestHour: integer('digest_hour').notNull().default(7),
    dueSoonWorkingDays: integer('due_soon_working_days').notNull().default(2),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('notification_defaults_one_row', sql`${table.id}`)],
);

/** How far a reader of the audit trail has gone (the workflow events turned into notifications). */
export const eventCursors = pgTable('event_cursors', {
  name: text('name').primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
