import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open-db.js';
import { queryRows } from '../sql/rows.js';

/** Above this many rows left in report_changes, a reader folds them into the total (after its answer). */
const COMPACT_ABOVE = 1000;

/** Databases with a compaction under way in this process: one at a time is enough. */
const compacting = new WeakSet<Db>();

/**
 * The report change counter (drizzle/migrations/0022_report_cache.sql): how many committed statements
 * have changed what the reports read. It is read with MVCC like the data, so it moves only when a
 * change is visible, and it never goes back (the compaction moves rows into the total in one
 * statement). Reading it costs one small query: the rows since the last compaction are counted.
 */
export async function readReportVersion(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number | string; tail: number | string }>(
    db,
    sql`select (select n from report_change_total where id = 1) as n, (select count(*) from report_changes) as tail`,
  );
  const tail = Number(row?.tail ?? 0);
  if (tail > COMPACT_ABOVE) compactSoon(db);
  return Number(row?.n ?? 0) + tail;
}

/**
 * Folds the rows of report_changes into the total: DELETE ... RETURNING and the UPDATE are one
 * statement, so every snapshot sees the same counter before and after it. Only compactions write the
 * total's row; writers only insert rows, so they never wait for it.
 */
export async function compactReportChanges(db: Db): Promise<void> {
  await db.execute(sql`
    with gone as (delete from report_changes returning 1)
    update report_change_total set n = n + (select count(*) from gone) where id = 1`);
}

function compactSoon(db: Db): void {
  if (compacting.has(db)) return;
  compacting.add(db);
  // After the current request's reads; a failure only leaves the rows for the next reader to fold.
  setImmediate(() => {
    compactReportChanges(db)
      .catch((error: unknown) => console.warn('[reports] compaction of report_changes failed', error))
      .finally(() => compacting.delete(db));
  });
}
