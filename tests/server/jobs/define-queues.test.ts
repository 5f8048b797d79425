import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { JobQueue } from '#server/jobs/job-queue.js';
import { defineQueues, VIETNAM_TIME_ZONE } from '#server/jobs/job-runtime.js';
import { pgliteBossDb } from '#server/jobs/pglite-adapter.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/**
 * A start defines the queues and schedules as the code states them (job-runtime.ts), and writes only what
 * differs from what an earlier start stored.
 */
let testDb: TestDb;
let boss: PgBoss;

beforeAll(async () => {
  testDb = await openTestDb();
  const quiet = { supervise: false, schedule: false };
  boss =
    testDb.kind === 'pglite'
      ? new PgBoss({ ...quiet, db: pgliteBossDb((testDb.db as unknown as { $client: PGlite }).$client) })
      : new PgBoss({ ...quiet, connectionString: testDb.location, max: 2, application_name: 'capdo-jobs-test' });
  await boss.start();
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await testDb?.close();
});

const queue = (name: string, options: JobQueue['options'], schedule?: string): JobQueue<never> => ({
  name,
  options,
  ...(schedule ? { schedule } : {}),
  work: () => Promise.resolve(),
});

interface Stored {
  name: string;
  retryLimit: number;
  expireSeconds: number | null;
  updatedOn: string;
}
const storedQueues = () =>
  queryRows<Stored>(
    testDb.db,
    sql`select name, retry_limit as "retryLimit", expire_seconds as "expireSeconds", updated_on::text as "updatedOn"
        from pgboss.queue where name like 'define-%' order by name`,
  );
const storedSchedules = () =>
  queryRows<{ name: string; cron: string; timezone: string; updatedOn: string }>(
    testDb.db,
    sql`select name, cron, timezone, updated_on::text as "updatedOn" from pgboss.schedule
        where name like 'define-%' order by name`,
  );

test('queues and schedules are written as defined, and left alone by a start that finds them so', async () => {
  const defined = [
    queue('define-mail', { retryLimit: 2, expireInSeconds: 60 }),
    queue('define-digest', { retryLimit: 1 }, '0 7 * * *'),
  ];
  await defineQueues(boss, defined);
  const queues = await storedQueues();
  expect(queues.map(({ name, retryLimit, expireSeconds }) => ({ name, retryLimit, expireSeconds }))).toEqual([
    { name: 'define-digest', retryLimit: 1, expireSeconds: null },
    { name: 'define-mail', retryLimit: 2, expireSeconds: 60 },
  ]);
  const schedules = await storedSchedules();
  expect(schedules.map(({ name, cron, timezone }) => ({ name, cron, timezone }))).toEqual([
    { name: 'define-digest', cron: '0 7 * * *', timezone: VIETNAM_TIME_ZONE },
  ]);

  // The same definitions again, as at the next start: nothing is written.
  await defineQueues(boss, defined);
  expect(await storedQueues()).toEqual(queues);
  expect(await storedSchedules()).toEqual(schedules);
});

test('what differs is written: a changed option, a value changed behind its back, a schedule dropped', async () => {
  await defineQueues(boss, [
    queue('define-mail', { retryLimit: 2, expireInSeconds: 60 }),
    queue('define-digest', { retryLimit: 1 }, '0 7 * * *'),
  ]);
  await testDb.db.execute(sql`update pgboss.queue set retry_limit = 9 where name = 'define-digest'`);
  await defineQueues(boss, [
    queue('define-mail', { retryLimit: 2, expireInSeconds: 120 }),
    queue('define-digest', { retryLimit: 1 }),
  ]);
  const queues = await storedQueues();
  expect(queues.map(({ name, retryLimit, expireSeconds }) => [name, retryLimit, expireSeconds])).toEqual([
    ['define-digest', 1, null],
    ['define-mail', 2, 120],
  ]);
  expect(await storedSchedules()).toEqual([]);
  // A schedule changed is written again.
  await defineQueues(boss, [queue('define-digest', { retryLimit: 1 }, '0 8 * * *')]);
  expect((await storedSchedules()).map(({ cron }) => cron)).toEqual(['0 8 * * *']);
});
