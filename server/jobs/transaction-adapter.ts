import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/open-db.js';
import { queryRows } from '../modules/reports/sql/rows.js';
import type { BossDb } from './pglite-adapter.js';

/**
 * pg-boss through a drizzle transaction that is open, on either driver: a job sent this way is committed
 * or rolled back with the change that caused it (docs/jobs.md#pglite). On PGlite it is also the only way:
 * a send through the PGlite instance itself would wait for that very transaction to end.
 *
 * pg-boss writes `$1 … $n`; each becomes a drizzle parameter. postgres.js refuses `undefined` and sends a
 * plain object as it is, where pg-boss expects node-postgres's habits: null, and JSON text.
 */
export function transactionBossDb(tx: Tx): BossDb {
  return {
    async executeSql(text, values = []) {
      const pieces = text.split(/\$(\d+)/);
      const chunks: SQL[] = [];
      pieces.forEach((piece, index) => {
        if (index % 2 === 0) chunks.push(sql.raw(piece));
        else chunks.push(sql`${sql.param(asParameter(values[Number(piece) - 1]))}`);
      });
      return { rows: await queryRows(tx, sql.join(chunks)) };
    },
  };
}

function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value))
    return JSON.stringify(value);
  return value;
}
