import { sql } from 'drizzle-orm';
import { bigint, check, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * The version of the reference data every request reads (the regimes' corrections, the holidays, the designations
 * and the organisations they name): statement triggers on those tables add one to it
 * (drizzle/migrations/0025_reference_version.sql, which Drizzle does not model). The session statement reads it, so
 * each request knows whether what the process keeps in memory is still current (server/db/reference-cache.ts).
 */
export const referenceVersion = pgTable(
  'reference_version',
  {
    id: integer('id').primaryKey(),
    version: bigint('version', { mode: 'number' }).notNull(),
  },
  (table) => [check('reference_version_single_row', sql`${table.id} = 1`)],
);
