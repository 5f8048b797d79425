import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { queryRows } from '#server/db/query-rows.js';

/** The servers' statements waiting on a lock, sampled while a run lasted. */
export interface LockWaits {
  samples: number;
  /** Statements waiting, on average over the samples. */
  mean: number;
  /** The share of samples in which at least one waited. */
  share: number;
}

const waiting = sql`select count(*)::int as waiting from pg_stat_activity
  where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`;

/**
 * Counts, every `everyMs` while `during` runs, the statements of this database waiting on a lock (a row, a
 * transaction, an advisory lock: wait_event_type 'Lock'). A global lock on the write path shows here: when every
 * change appended its audit event under one advisory lock, about five requests waited on it in 98-99% of samples.
 */
export async function sampleLockWaits<T>(db: Db, during: () => Promise<T>, everyMs = 50): Promise<[T, LockWaits]> {
  const counts: number[] = [];
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const [row] = await queryRows<{ waiting: number }>(db, waiting);
      counts.push(Number(row?.waiting ?? 0));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  try {
    return [await during(), lockWaitsOf(counts)];
  } finally {
    done = true;
    await sampling;
  }
}

function lockWaitsOf(counts: number[]): LockWaits {
  const samples = counts.length;
  const total = counts.reduce((sum, n) => sum + n, 0);
  return {
    samples,
    mean: samples ? total / samples : 0,
    share: samples ? counts.filter((n) => n > 0).length / samples : 0,
  };
}
