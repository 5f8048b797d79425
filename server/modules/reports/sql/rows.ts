import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open-db.js';
import { queryRows } from '../../../db/query-rows.js';

// The report queries cast every count to int and build their results as json, so no bigint or numeric string
// reaches the caller of queryRows.
export { queryRows } from '../../../db/query-rows.js';

/**
 * Runs a report statement with PostgreSQL's JIT compiler off, for its transaction only. A report is
 * one large plan run once: compiling it costs more than it saves (measured on the benchmark country:
 * 3.8 s of 5.2 s for a roll-up as of a past day, 0.1 s of 0.5 s for today's).
 *
 * With more memory for its sorts and hashes, too: with the default 4 MB the country's replay of a
 * past day sorted its 165,000 status events on disk and read the audit trail through an index in
 * entity order (70,000 pages); with 64 MB it hashes them in memory after one sequential read (14,000
 * pages, docs/report-cache.md#the-past-day-roll-up). A limit, not an allocation: small scopes use
 * what they need, and the report cache runs one computation per scope and day at a time.
 */
export function queryReport<T>(db: Db, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    return queryRows<T>(tx, query);
  });
}

export const fromJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
