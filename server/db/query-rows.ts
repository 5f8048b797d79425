import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from './open-db.js';

/**
 * Raw statements answer in a different shape per driver (PGlite: { rows }, postgres.js: an array): one place evens
 * that out, for the reports, the audit sealer and the start's migration check.
 */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return rows as T[];
}
