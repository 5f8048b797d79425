import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/open-db.js';

/**
 * Raw statements answer in a different shape per driver (PGlite: { rows }, postgres.js: an array)
 * and with json either parsed or as text: one place evens that out. The report queries cast every
 * count to int and build their results as json, so no bigint or numeric string reaches the caller.
 */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return rows as T[];
}

/**
 * Runs a report statement with PostgreSQL's JIT compiler off, for its transaction only. A report is
 * one large plan run once: compiling it costs more than it saves (measured on the benchmark country:
 * 3.8 s of 5.2 s for a roll-up as of a past day, 0.1 s of 0.5 s for today's).
 */
export function queryReport<T>(db: Db, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<T>(tx, query);
  });
}

export const fromJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
