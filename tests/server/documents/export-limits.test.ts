import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { eq, inArray } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { documentExports } from '#server/db/schema/index.js';
import { exportPacing } from '#server/modules/documents/document-exports.js';
import { failInterruptedExports, sweepExports } from '#server/modules/documents/export-housekeeping.js';
import { exportLimits, STALLED_AFTER_MS } from '#server/modules/documents/export-limits.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import { downloadBytes } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';

/** Caps on batch exports per person, the expiry of their zips, and what start-up does with dead ones. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const HOUR_MS = 3_600_000;

/** Holds every batch export at its start until released, so several stay "running" together. */
function holdExports() {
  const step = exportPacing.step;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  exportPacing.step = async (id, done) => {
    if (done === 0) await released;
    return step(id, done);
  };
  return () => {
    exportPacing.step = step;
    release();
  };
}

async function waitUntilFinished(client: ApiClient, id: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const res = await client.get(`/api/document-exports/${id}`);
    if (res.json.status !== 'running') return res.json;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export did not finish');
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

test('an export left "running" by a dead process does not count against the cap', async () => {
  const client = await app.as('yendinh.cntt');
  for (let i = 0; i < exportLimits.maxRunningPerUser; i++)
    await insertExport('yendinh.cntt', { status: 'running', progressAt: new Date(Date.now() - STALLED_AFTER_MS - 1) });
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

test('the periodic sweep deletes expired zips and fails stalled exports without anyone asking', async () => {
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR_MS);
  const expired = await insertExport('admin', { status: 'done', result: Buffer.from('PK'), finishedAt: at(25) });
  const kept = await insertExport('admin', { status: 'done', result: Buffer.from('PK'), finishedAt: at(23) });
  const stalled = await insertExport('admin', { status: 'running', progressAt: at(1) });
  const moving = await insertExport('admin', { status: 'running' });
  await sweepExports(app.db);
  const rows = await app.db
    .select()
    .from(documentExports)
    .where(inArray(documentExports.id, [expired.id, kept.id, stalled.id, moving.id]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  expect(byId.get(expired.id)).toMatchObject({ status: 'expired', result: null });
  expect(byId.get(kept.id)).toMatchObject({ status: 'done', result: Buffer.from('PK') });
  expect(byId.get(stalled.id)).toMatchObject({
    status: 'failed',
    error: 'Lượt xuất văn bản bị gián đoạn (máy chủ đã khởi động lại). Hãy xuất lại.',
  });
  expect(byId.get(moving.id)!.status).toBe('running');
  await app.db.delete(documentExports).where(eq(documentExports.id, moving.id));
});

test('at start-up, exports a dead process left "running" fail; a live one elsewhere runs on', async () => {
  // A pid that surely belongs to no process any more: a child that has exited.
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
  const dead = await insertExport('admin', { status: 'running', done: 1, runner: `${hostname()}:${deadPid}` });
  // A previous life of this very process (a container restarts with the same pid).
  const previousLife = await insertExport('admin', { status: 'running', runner: `${hostname()}:${process.pid}` });
  const elsewhere = await insertExport('admin', { status: 'running', runner: 'another-server:4242' });
  const aliveHere = await insertExport('admin', { status: 'running', runner: `${hostname()}:${process.ppid}` });

  await failInterruptedExports(app.db, app.kind);
  const rows = await app.db
    .select()
    .from(documentExports)
    .where(inArray(documentExports.id, [dead.id, previousLife.id, elsewhere.id, aliveHere.id]));
  const statusOf = (id: string) => rows.find((row) => row.id === id)!.status;
  expect(rows.find((row) => row.id === dead.id)).toMatchObject({
    status: 'failed',
    done: 1,
    error: 'Lượt xuất văn bản bị gián đoạn (máy chủ đã khởi động lại). Hãy xuất lại.',
  });
  expect(statusOf(previousLife.id)).toBe('failed');
  // PGlite admits one process per data directory, so at its start nothing else can be running exports;
  // on PostgreSQL another server may be, and its exports are left to it.
  const others = app.kind === 'pglite' ? 'failed' : 'running';
  expect(statusOf(elsewhere.id)).toBe(others);
  expect(statusOf(aliveHere.id)).toBe(others);
  const client = await app.as('admin');
  expect((await client.get(`/api/document-exports/${dead.id}`)).json).toMatchObject({ status: 'failed' });
});
