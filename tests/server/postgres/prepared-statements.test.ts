import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { users } from '#server/db/schema/index.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

// server/db/prepared-statements.ts: drizzle's queries reach PostgreSQL as named prepared statements, in and out
// of transactions and savepoints, so each connection parses a statement's text once.
let testDb: TestDb;
beforeAll(async () => void (testDb = await openTestDb()));
afterAll(() => testDb?.close());

/** The statements this connection has prepared whose text holds `marker`. */
const preparedHolding = async (db: TestDb['db'], marker: string) =>
  (
    await queryRows<{ name: string; text: string }>(
      db,
      sql`select name, statement as text from pg_prepared_statements where statement like ${`%${marker}%`}`,
    )
  ).filter((row) => !row.text.includes('pg_prepared_statements'));

test('a query with parameters is prepared once under a name and reused on the same connection', async () => {
  await testDb.db.transaction(async (tx) => {
    const marker = 'capdo_prepared_marker_1';
    for (const username of ['admin', 'dinhbinh.cntt', 'nobody']) {
      await tx.execute(sql`select count(*) as ${sql.raw(marker)} from ${users} where ${users.username} = ${username}`);
    }
    const prepared = await preparedHolding(tx, marker);
    expect(prepared).toHaveLength(1);
    expect(prepared[0]!.name).not.toBe('');
  });
});

test('query builders, savepoints and their results are unchanged', async () => {
  await testDb.db.transaction(async (tx) => {
    const [admin] = await tx
      .select({ username: users.username })
      .from(users)
      .where(sql`${users.username} = ${'admin'}`);
    expect(admin).toEqual({ username: 'admin' });
    const nested = await tx.transaction(async (savepoint) => {
      const marker = 'capdo_prepared_marker_2';
      await savepoint.execute(sql`select ${2}::int + 2 as ${sql.raw(marker)}`);
      return preparedHolding(savepoint, marker);
    });
    expect(nested).toHaveLength(1);
    // A failed savepoint rolls back alone; the transaction goes on.
    await expect(
      tx.transaction(async (savepoint) => savepoint.execute(sql`select 1 / ${0}::int`)),
    ).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/division by zero/) as unknown },
    });
    const [{ n }] = (await queryRows<{ n: number }>(tx, sql`select ${41}::int + 1 as n`)) as [{ n: number }];
    expect(n).toBe(42);
  });
});
