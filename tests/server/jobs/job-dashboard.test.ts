import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { pgliteBossDb } from '#server/jobs/pglite-adapter.js';
import {
  DOCUMENT_EXPORT_FAILED_QUEUE,
  DOCUMENT_EXPORT_QUEUE,
  DOCUMENT_EXPORT_SWEEP_QUEUE,
} from '#server/modules/documents/export-queue-names.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { withDatabase } from '../../support/test-database-config.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';

/**
 * GET /api/jobs, the administrators' job dashboard: each queue's jobs by state and the jobs that failed for
 * good with their reason, read from pg-boss's tables whichever process ran them. The failing jobs here are
 * real: a pg-boss of the test's own on the same database (as another server process would be) works two
 * throw-away queues whose handler throws, or that it abandons past their expiry.
 */
let app: TestApp;
let boss: PgBoss;
const BROKEN = 'test-broken-reminders';
const WAITING = 'test-waiting';

beforeAll(async () => {
  app = await setupTestApp();
  const config = inject('testDatabase');
  // A failed job moves to pgboss.archive a second after it failed, when this instance's upkeep runs.
  const options = { supervise: false, schedule: false, archiveFailedAfterSeconds: 1 };
  if (config.kind === 'pglite') {
    boss = new PgBoss({ ...options, db: pgliteBossDb((app.db as unknown as { $client: PGlite }).$client) });
  } else {
    const [{ name }] = (await queryRows<{ name: string }>(app.db, sql`select current_database() as name`)) as [
      { name: string },
    ];
    boss = new PgBoss({ ...options, connectionString: withDatabase(config.adminUrl, name), max: 2 });
  }
  boss.on('error', (error) => console.warn('test pg-boss:', error.message));
  await boss.start();
  await boss.createQueue(BROKEN, { name: BROKEN, retryLimit: 0 });
  await boss.createQueue(WAITING, { name: WAITING });
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await app?.close();
});

/** Resolves once `check` holds. */
async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const failedNow = (id: string) => async () =>
  (await boss.getJobById(BROKEN, id))?.state === 'failed' ? true : undefined;

test('administrators see every queue by state and the failed jobs, newest first, with their reason', async () => {
  await boss.work<{ to: string }>(BROKEN, { pollingIntervalSeconds: 0.5 }, ([job]) =>
    Promise.reject(new Error(`Không gửi được thư nhắc tới ${job!.data.to}: máy chủ thư từ chối`)),
  );
  // The oldest failure, moved to the archive by the upkeep.
  const archived = (await boss.send(BROKEN, { to: 'a@capdo.vn' }))!;
  await eventually(failedNow(archived));
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await boss.maintain();
  const inArchive = await queryRows<{ id: string }>(
    app.db,
    sql`select id::text as id from pgboss.archive where id = ${archived}`,
  );
  expect(inArchive).toEqual([{ id: archived }]);
  // Then one taken and abandoned past its expiry (as by a process that died), failed by the upkeep.
  await boss.offWork(BROKEN);
  const expired = (await boss.send(BROKEN, { to: 'b@capdo.vn' }, { expireInSeconds: 1 }))!;
  expect((await boss.fetch(BROKEN)).map((job) => job.id)).toEqual([expired]);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await boss.maintain();
  expect((await boss.getJobById(BROKEN, expired))?.state).toBe('failed');
  // The newest, still in pgboss.job.
  await boss.work<{ to: string }>(BROKEN, { pollingIntervalSeconds: 0.5 }, ([job]) =>
    Promise.reject(new Error(`Không gửi được thư nhắc tới ${job!.data.to}: máy chủ thư từ chối`)),
  );
  const recent = (await boss.send(BROKEN, { to: 'c@capdo.vn' }))!;
  await eventually(failedNow(recent));
  await boss.offWork(BROKEN);
  // Nobody works this one: it waits.
  await boss.send(WAITING, {});

  const res = await (await app.as('admin')).get('/api/jobs');
  expect(res.status, res.text).toBe(200);
  const queues = res.json.queues as Array<{ name: string }>;
  expect(queues.map((queue) => queue.name)).toEqual(expect.arrayContaining([DOCUMENT_EXPORT_QUEUE, BROKEN, WAITING]));
  expect(queues.map((queue) => queue.name)).toEqual(
    [...queues.map((queue) => queue.name)].sort((a, b) => (a < b ? -1 : 1)),
  );
  expect(queues.filter((queue) => queue.name.startsWith('__pgboss__'))).toEqual([]);
  // The archived failure no longer counts in pgboss.job; the two others do.
  expect(queues.find((queue) => queue.name === BROKEN)).toEqual({
    name: BROKEN,
    queued: 0,
    active: 0,
    completed: 0,
    failed: 2,
  });
  expect(queues.find((queue) => queue.name === WAITING)).toMatchObject({ queued: 1, active: 0, failed: 0 });
  for (const name of [DOCUMENT_EXPORT_QUEUE, DOCUMENT_EXPORT_FAILED_QUEUE, DOCUMENT_EXPORT_SWEEP_QUEUE])
    expect(queues.find((queue) => queue.name === name)).toMatchObject({ active: 0, failed: 0 });

  const ours = (res.json.failed as Array<{ id: string; createdAt: string; failedAt: string }>).filter((job) =>
    [archived, expired, recent].includes(job.id),
  );
  expect(ours).toEqual([
    {
      id: recent,
      queue: BROKEN,
      reason: 'Không gửi được thư nhắc tới c@capdo.vn: máy chủ thư từ chối',
      retries: 0,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      failedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    },
    expect.objectContaining({ id: expired, reason: 'job failed by timeout in active state' }),
    expect.objectContaining({ id: archived, reason: 'Không gửi được thư nhắc tới a@capdo.vn: máy chủ thư từ chối' }),
  ]);
  const [newest, , oldest] = ours;
  expect(newest!.failedAt >= newest!.createdAt).toBe(true);
  expect(newest!.failedAt > oldest!.failedAt).toBe(true);
  expect(res.json).toMatchObject({ emailEnabled: false, publicUrl: null });
}, 60_000);

test('at most the 100 most recent failed jobs are listed', async () => {
  await boss.insert(Array.from({ length: 110 }, (_, n) => ({ name: BROKEN, data: { n } })));
  const created = await queryRows<{ id: string }>(
    app.db,
    sql`select id::text as id from pgboss.job where name = ${BROKEN} and state = 'created'`,
  );
  expect(created).toHaveLength(110);
  await boss.fail(
    BROKEN,
    created.map((job) => job.id),
  );
  const res = await (await app.as('admin')).get('/api/jobs');
  expect(res.json.failed).toHaveLength(100);
  const failedAt = (res.json.failed as Array<{ failedAt: string }>).map((job) => job.failedAt);
  expect(failedAt).toEqual([...failedAt].sort().reverse());
});

test('whether e-mail goes out and the public address come from the server settings', async () => {
  const other = await app.startAnother({
    SMTP_URL: 'smtp://127.0.0.1:2525',
    PUBLIC_URL: 'https://capdo.thanhhoa.gov.vn',
  });
  const admin = (await app.as('admin')).against(other.baseUrl);
  const res = await admin.get('/api/jobs');
  expect(res.status, res.text).toBe(200);
  expect(res.json).toMatchObject({ emailEnabled: true, publicUrl: 'https://capdo.thanhhoa.gov.vn' });
});

test('anyone but an administrator of a top-level organisation is refused', async () => {
  for (const username of ['dinhbinh.cntt', 'sotttt.lanhdao', 'yendinh.tonghop']) {
    const res = await (await app.as(username)).get('/api/jobs');
    expect(res.status, username).toBe(403);
  }
});
