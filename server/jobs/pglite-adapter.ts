import type { PGlite, Transaction } from '@electric-sql/pglite';

/**
 * What pg-boss asks of a database when it is given one through its `db` option (its `Db` interface):
 * run one piece of SQL with optional positional parameters and hand back the rows.
 */
export interface BossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss on the embedded PGlite, run through the same PGlite instance as the rest of the server.
 *
 * Why an adapter of our own (docs/jobs.md#pglite): PGlite is one connection in this process. pg-boss's
 * own driver (node-postgres) would need a connection, and PGlite's node-postgres bridge writes protocol
 * messages without taking PGlite's locks, so its statements could land inside a transaction that
 * drizzle has open and be committed or rolled back with it. `PGlite.query`, `exec` and `transaction`
 * all wait for PGlite's transaction lock, so nothing interleaves with a drizzle transaction.
 *
 * - With parameters the text is one statement: `query` (the extended protocol, as node-postgres does).
 * - Without, it may be several: pg-boss sends its schema creation, migrations and maintenance as
 *   `BEGIN; …; COMMIT;` in one string. Run through plain `exec`, a statement failing in the middle would
 *   leave the single connection inside an aborted transaction for whoever comes next. Inside
 *   `PGlite.transaction` it is rolled back before the lock is released. (pg-boss's own BEGIN and COMMIT
 *   then only draw harmless warnings, which PGlite does not print.)
 *
 * Pass `pgliteBossDb(tx)` as the `db` option of `send` to enqueue inside a transaction that is already
 * open: through the PGlite instance itself the send would wait for that very transaction to end.
 */
export function pgliteBossDb(client: PGlite | Transaction): BossDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const { rows } = await client.query(text, values);
        return { rows };
      }
      const results =
        'transaction' in client ? await client.transaction((tx) => tx.exec(text)) : await client.exec(text);
      // One result per statement: keep every row, so a RETURNING before the closing COMMIT is not lost.
      return { rows: results.flatMap((result) => result.rows) };
    },
  };
}
