import { eq, inArray, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { documentExports } from '#server/db/schema/index.js';
import { VIETNAM_TIME_ZONE } from '#server/jobs/job-runtime.js';
import { sweepExports } from '#server/modules/documents/export-housekeeping.js';
import { exportLimits } from '#server/modules/documents/export-limits.js';
import { DOCUMENT_EXPORT_QUEUE, DOCUMENT_EXPORT_SWEEP_QUEUE } from '#server/modules/documents/export-queue-names.js';
import { exportPacing } from '#server/modules/documents/run-document-export.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { downloadBytes } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';
import { waitUntilFinished } from './export-progress.js';

/** Caps on batch exports per person, the expiry of their zips, and the scheduled sweep. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const HOUR_MS = 3_600_000;

/** Holds every batch export at its start until released, so several stay "running" together. */
function holdExports() {
  const step = exportPacing.step;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  exportPacing.step = async (id, done, attempt) => {
    if (done === 0) await released;
    return step(id, done, attempt);
  };
  return () => {
    exportPacing.step = step;
    release();
  };
}

/** One small export: the approved dossiers of Định Bình, as PDF. */
const smallExport = () => ({ organisationId: demo.org(DINH_BINH).id, status: 'approved', formats: ['pdf'] });

async function insertExport(username: string, values: Partial<typeof documentExports.$inferInsert>) {
  const [row] = await app.db
    .insert(documentExports)
    .values({ requestedBy: await demo.userId(username), request: {}, total: 4, ...values })
    .returning();
  return row!;
}

test('a person runs at most two exports at a time: of three sent at once, the third answers 429', async () => {
  const client = await app.as('dinhbinh.cntt');
  const release = holdExports();
  const accepted: string[] = [];
  try {
    const answers = await Promise.all(
      [1, 2, 3].map(() => client.post('/api/document-exports', { body: smallExport() })),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([202, 202, 429]);
    accepted.push(...answers.filter((res) => res.status === 202).map((res) => res.json.id as string));
    const refused = answers.find((res) => res.status === 429)!;
    expect(refused.json.error).toEqual({
      code: 'too_many_exports',
      message:
        `Bạn đang có ${exportLimits.maxRunningPerUser} lượt xuất văn bản chạy cùng lúc, là mức tối đa. ` +
        'Hãy chờ một lượt xong rồi xuất tiếp.',
    });
    // Nothing was recorded for the refused one.
    const mine = await app.db
      .select({ id: documentExports.id })
      .from(documentExports)
      .where(eq(documentExports.requestedBy, client.user!.id));
    expect(mine).toHaveLength(2);
    // Someone else is not held back by this person's exports.
    const other = await (await app.as('admin')).post('/api/document-exports', { body: smallExport() });
    expect(other.status, other.text).toBe(202);
    accepted.push(other.json.id as string);
  } finally {
    release();
  }
  for (const id of accepted.slice(0, 2)) expect((await waitUntilFinished(client, id)).status).toBe('done');
  // Once they are done, the person may export again.
  const again = await client.post('/api/document-exports', { body: smallExport() });
  expect(again.status, again.text).toBe(202);
  await waitUntilFinished(client, again.json.id);
}, 120_000);

test('every export in flight counts against the cap, even one not moving; one without a job is swept', async () => {
  const client = await app.as('yendinh.cntt');
  // Running, and not moved for an hour: counted all the same (one whose process died runs again on its job).
  const hourAgo = new Date(Date.now() - HOUR_MS);
  const stopped = [];
  for (let i = 0; i < exportLimits.maxRunningPerUser; i++)
    stopped.push(await insertExport('yendinh.cntt', { status: 'running', progressAt: hourAgo, createdAt: hourAgo }));
  const refused = await client.post('/api/document-exports', { body: smallExport() });
  expect(refused.status).toBe(429);
  expect(refused.json.error.code).toBe('too_many_exports');

  // These two have no job (inserted by hand, as by a server from before the job queue): the sweep fails them.
  expect(await sweepExports(app.db)).toMatchObject({ failed: 2 });
  const rows = await app.db
    .select()
    .from(documentExports)
    .where(
      inArray(
        documentExports.id,
        stopped.map((row) => row.id),
      ),
    );
  expect(rows.map((row) => [row.status, row.error])).toEqual([
    ['failed', 'Lượt xuất văn bản bị gián đoạn (máy chủ đã khởi động lại). Hãy xuất lại.'],
    ['failed', 'Lượt xuất văn bản bị gián đoạn (máy chủ đã khởi động lại). Hãy xuất lại.'],
  ]);
  const res = await client.post('/api/document-exports', { body: smallExport() });
  expect(res.status, res.text).toBe(202);
  expect((await waitUntilFinished(client, res.json.id)).status).toBe('done');
});

test('a person starts at most the daily number of exports in 24 hours: the next answers 429 saying when', async () => {
  const client = await app.as('sotttt.lanhdao');
  const now = Date.now();
  for (let i = 0; i < exportLimits.maxPerDayPerUser; i++) {
    // The oldest started 20 hours ago: the next one is allowed in 4 hours.
    const createdAt = new Date(now - 20 * HOUR_MS + i * 60_000);
    await insertExport('sotttt.lanhdao', { status: 'failed', createdAt, finishedAt: createdAt });
  }
  // One from yesterday does not count.
  await insertExport('sotttt.lanhdao', { status: 'done', createdAt: new Date(now - 25 * HOUR_MS) });
  const res = await client.post('/api/document-exports', { body: smallExport() });
  expect(res.status).toBe(429);
  expect(res.json.error).toEqual({
    code: 'export_quota_reached',
    message:
      `Bạn đã xuất văn bản ${exportLimits.maxPerDayPerUser} lượt trong 24 giờ qua, là mức tối đa. ` +
      'Hãy dùng các tệp đã xuất hoặc thử lại sau 4 giờ.',
  });
  const english = await client.post('/api/document-exports', {
    body: smallExport(),
    headers: { 'accept-language': 'en' },
  });
  expect(english.json.error.message).toContain('in the last 24 hours');
});

test('a zip is kept 24 hours: then the export reads "expired", its download answers 410, its bytes gone', async () => {
  const client = await app.as('ttdvnn.cntt');
  const finishedAt = new Date(Date.now() - 25 * HOUR_MS);
  const old = await insertExport('ttdvnn.cntt', {
    status: 'done',
    done: 4,
    result: Buffer.from('PK old zip'),
    createdAt: finishedAt,
    finishedAt,
  });
  const recentAt = new Date(Date.now() - HOUR_MS);
  const recent = await insertExport('ttdvnn.cntt', {
    status: 'done',
    done: 4,
    result: Buffer.from('PK recent zip'),
    createdAt: recentAt,
    finishedAt: recentAt,
  });

  const read = await client.get(`/api/document-exports/${old.id}`);
  expect(read.json).toMatchObject({ status: 'expired', done: 4, expiresAt: null });
  const gone = await client.get(`/api/document-exports/${old.id}/download`);
  expect(gone.status).toBe(410);
  expect(gone.json.error).toEqual({
    code: 'export_expired',
    message: 'Tệp của lượt xuất văn bản này đã bị xóa vì chỉ được giữ 24 giờ sau khi xuất xong. Hãy xuất lại.',
  });
  const [stored] = await app.db.select().from(documentExports).where(eq(documentExports.id, old.id));
  expect(stored).toMatchObject({ status: 'expired', result: null });

  const kept = await client.get(`/api/document-exports/${recent.id}`);
  expect(kept.json).toMatchObject({
    status: 'done',
    expiresAt: new Date(recentAt.getTime() + 24 * HOUR_MS).toISOString(),
  });
  const zip = await downloadBytes(client, `/api/document-exports/${recent.id}/download`);
  expect(zip.status).toBe(200);
  expect(zip.body.toString()).toBe('PK recent zip');
});

test('the scheduled sweep deletes expired zips and fails exports without a job, not one whose job lives', async () => {
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR_MS);
  const expired = await insertExport('admin', { status: 'done', result: Buffer.from('PK'), finishedAt: at(25) });
  const kept = await insertExport('admin', { status: 'done', result: Buffer.from('PK'), finishedAt: at(23) });
  const lost = await insertExport('admin', { status: 'running', progressAt: at(1) });
  // Not moved for an hour, but its job is still there (waiting for a retry, here in an hour): it will run.
  const waiting = await insertExport('admin', { status: 'running', progressAt: at(1) });
  await app.background.jobs.send(DOCUMENT_EXPORT_QUEUE, { exportId: waiting.id }, { id: waiting.id, startAfter: 3600 });
  // Just queued, its job being sent: left alone for a while whatever the queue says.
  const fresh = await insertExport('admin', { status: 'queued' });
  await sweepExports(app.db);
  const rows = await app.db
    .select()
    .from(documentExports)
    .where(inArray(documentExports.id, [expired.id, kept.id, lost.id, waiting.id, fresh.id]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  expect(byId.get(expired.id)).toMatchObject({ status: 'expired', result: null });
  expect(byId.get(kept.id)).toMatchObject({ status: 'done', result: Buffer.from('PK') });
  expect(byId.get(lost.id)).toMatchObject({
    status: 'failed',
    error: 'Lượt xuất văn bản bị gián đoạn (máy chủ đã khởi động lại). Hãy xuất lại.',
  });
  expect(byId.get(waiting.id)!.status).toBe('running');
  expect(byId.get(fresh.id)!.status).toBe('queued');
  await app.db.delete(documentExports).where(inArray(documentExports.id, [waiting.id, fresh.id]));

  // It runs as a scheduled job, every ten minutes in Vietnam's time, once whatever the number of processes.
  const schedules = await queryRows<{ cron: string; timezone: string }>(
    app.db,
    sql`select cron, timezone from pgboss.schedule where name = ${DOCUMENT_EXPORT_SWEEP_QUEUE}`,
  );
  expect(schedules).toEqual([{ cron: '*/10 * * * *', timezone: VIETNAM_TIME_ZONE }]);
});
