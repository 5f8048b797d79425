import { sql } from 'drizzle-orm';
import type { Db, Tx } from './open-db.js';

/*
 * Reference data in memory (docs/reference-cache.md): the regimes' corrections, the holidays and the designations in
 * force are read by nearly every request and change a few times a year. Each request's session statement also reads
 * reference_version, which triggers move in the transaction of any change to those tables
 * (drizzle/migrations/0025_reference_version.sql). A request that read version v gets what this process read after
 * it too had seen v, so what it reads from memory is what it would have read from the database: every process on
 * the same database, and the tests that change the tables directly, included. Without a version (a job, a
 * transaction, a tool) the data is read from the database.
 */

/** The version as a column of the statement that reads the session (server/modules/auth/sessions.ts). */
export const referenceVersionColumn = sql<number>`(select version from reference_version where id = 1)`.mapWith(Number);

interface Kept {
  version: number;
  /** Replaced, not cleared, when the version moves: a read still under way fills the old one. */
  reads: Map<string, Promise<unknown>>;
}
const keptByDatabase = new WeakMap<Db | Tx, Kept>();

/**
 * `read()` once per version and key: the value kept for `key` when the request's `version` is the one it was read
 * under, read again otherwise. A failed read is not kept.
 */
export function readReference<T>(db: Db | Tx, version: number | undefined, key: string, read: () => Promise<T>) {
  if (version === undefined) return read();
  let kept = keptByDatabase.get(db);
  if (!kept || kept.version !== version) {
    kept = { version, reads: new Map() };
    keptByDatabase.set(db, kept);
  }
  const { reads } = kept;
  const known = reads.get(key) as Promise<T> | undefined;
  if (known) return known;
  const reading = read();
  reads.set(key, reading);
  reading.catch(() => reads.get(key) === reading && reads.delete(key));
  return reading;
}
