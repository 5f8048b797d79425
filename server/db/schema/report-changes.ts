import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * The report cache's change counter (docs/report-cache.md): statement triggers on the tables the reports
 * read (drizzle/migrations/0022_report_cache.sql, which Drizzle does not model) insert one row per
 * changing statement. Insert-only and without an index, so writers never wait on each other for it.
 */
export const reportChanges = pgTable('report_changes', {
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The rows compacted out of report_changes so far: the counter is this n plus the rows still there. */
export const reportChangeTotal = pgTable(
  'report_change_total',
  {
    id: integer('id').primaryKey(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (table) => [check('report_change_total_single_row', sql`${table.id} = 1`)],
);
