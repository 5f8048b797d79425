import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDb } from '#server/db/open-db.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

// DB_POOL_SIZE (server/env.ts): the connections a process keeps. Queries beyond them wait their turn on one of
// them (postgres.js pipelines), and every one is answered.
let testDb: TestDb;
beforeAll(async () => void (testDb = await openTestDb()));
afterAll(() => testDb?.close());

/** The backends that answered `count` queries sent at once, each holding its connection for a moment. */
async function backendsOf(db: TestDb['db'], count: number) {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      queryRows<{ pid: number; i: number }>(db, sql`select pg_backend_pid() as pid, ${i}::int as i, pg_sleep(0.05)`),
    ),
  );
  expect(answers.map((rows) => rows[0]!.i)).toEqual(Array.from({ length: count }, (_, i) => i));
  return new Set(answers.map((rows) => rows[0]!.pid));
}

test('a pool of 2 answers 8 queries at once on 2 connections; the default keeps 4', async () => {
  const small = await openDb({ databaseUrl: testDb.location, dataDir: '', migrate: false, poolSize: 2 });
  try {
    expect((await backendsOf(small.db, 8)).size).toBe(2);
  } finally {
    await small.close();
  }
  const usual = await openDb({ databaseUrl: testDb.location, dataDir: '', migrate: false });
  try {
    expect((await backendsOf(usual.db, 12)).size).toBe(4);
  } finally {
    await usual.close();
  }
});
