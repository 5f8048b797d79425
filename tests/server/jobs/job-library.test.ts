import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pgliteBossDb } from '#server/jobs/pglite-adapter.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/**
 * The job library chosen in docs/jobs.md (pg-boss), on the database of the vitest project: PGlite
 * through server/jobs/pglite-adapter.ts, PostgreSQL through pg-boss's own pool. Two instances stand for
 * two server processes sharing the database.
 */
let testDb: TestDb;
const bosses: PgBoss[] = [];
/** What the instances reported through their 'error' event (a statement pg-boss ran for itself that failed). */
const errors: unknown[] = [];

async function startBoss(): Promise<PgBoss> {
  // Neither cron nor upkeep is under test here: switched off, they add no statements of their own.
  const quiet = { supervise: false, schedule: false };
  const boss =
    testDb.kind === 'pglite'
      ? new PgBoss({ ...quiet, db: pgliteBossDb((testDb.db as unknown as { $client: PGlite }).$client) })
      : new PgBoss({ ...quiet, connectionString: testDb.location, max: 2, application_name: 'capdo-jobs-test' });
  boss.on('error', (error) => errors.push(error));
  bosses.push(boss);
  await boss.start();
  return boss;
}

/** Resolves once `check` holds; polls the way a person watching the table would. */
async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  testDb = await openTestDb();
});
afterAll(async () => {
  for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
  await testDb?.close();
});

test('two instances on one database do every job exactly once', async () => {
  const [first, second] = [await startBoss(), await startBoss()];
  const queue = 'render-documents';
  await first.createQueue(queue);
  const runs: string[] = [];
  for (const boss of [first, second])
    for (let worker = 0; worker < 2; worker++)
      await boss.work<{ n: number }>(queue, { pollingIntervalSeconds: 0.5, batchSize: 3 }, async (jobs) => {
        for (const job of jobs) runs.push(job.id);
        await new Promise((resolve) => setTimeout(resolve, 5));
      });

  // Sent from both instances at once.
  const jobs = Array.from({ length: 40 }, (_, n) => ({ name: queue, data: { n } }));
  await Promise.all([first.insert(jobs.slice(0, 20)), second.insert(jobs.slice(20))]);

  // pg-boss marks a job completed after its handler returns: wait for the table, not the handlers.
  await eventually(async () => (await first.getQueueSize(queue, { before: 'completed' })) === 0 || undefined, 15_000);
  const states = await queryRows<{ state: string; n: number }>(
    testDb.db,
    sql`select state, count(*)::int as n from pgboss.job where name = ${queue} group by state`,
  );
  expect(states).toEqual([{ state: 'completed', n: 40 }]);
  expect(runs).toHaveLength(40);
  expect(new Set(runs).size).toBe(40);
  await Promise.all([first.offWork(queue), second.offWork(queue)]);
  expect(errors).toEqual([]);
});

test('a failing job is retried with growing delays, then kept as failed with its reason', async () => {
  const boss = await startBoss();
  const queue = 'send-reminders';
  // Backoff: the n-th retry waits between retryDelay * 2^(n-1) and twice that (1-2 s, then 2-4 s).
  await boss.createQueue(queue, { name: queue, retryLimit: 2, retryDelay: 1, retryBackoff: true });
  const attempts: number[] = [];
  await boss.work<{ dossier: number }>(queue, { pollingIntervalSeconds: 0.5 }, ([job]) => {
    attempts.push(Date.now());
    return Promise.reject(new Error(`cannot send the reminder for dossier ${job!.data.dossier}`));
  });
  const id = (await boss.send(queue, { dossier: 42 }))!;

  const failed = await eventually(async () => {
    const job = await boss.getJobById(queue, id);
    return job?.state === 'failed' ? job : undefined;
  }, 15_000);
  expect(attempts).toHaveLength(3);
  const [firstGap, secondGap] = [attempts[1]! - attempts[0]!, attempts[2]! - attempts[1]!];
  expect(firstGap).toBeGreaterThanOrEqual(950);
  expect(secondGap).toBeGreaterThanOrEqual(1950);
  expect(failed.retryCount).toBe(2);
  expect(failed.output).toMatchObject({ message: 'cannot send the reminder for dossier 42' });

  // What an administrator's page would read, through capdo's own connection.
  const visible = await queryRows<{ name: string; reason: string }>(
    testDb.db,
    sql`select name, output->>'message' as reason from pgboss.job where state = 'failed'`,
  );
  expect(visible).toEqual([{ name: queue, reason: 'cannot send the reminder for dossier 42' }]);
  await boss.offWork(queue);
  expect(errors).toEqual([]);
});
