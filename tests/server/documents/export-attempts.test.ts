import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { documentExports } from '#server/db/schema/index.js';
import { DOCUMENT_EXPORT_FAILED_QUEUE, DOCUMENT_EXPORT_QUEUE } from '#server/modules/documents/export-queue-names.js';
import { exportPacing } from '#server/modules/documents/run-document-export.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { DINH_BINH, loadDemo, type Demo } from '../../support/demo.js';
import { downloadBytes, zipEntries } from '../../support/read-documents.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';
import { waitUntilFinished } from './export-progress.js';

/**
 * The attempts of an export's job: each one claims the export, and only the latest one may write it, so
 * an attempt that outlives its expiry (a process stuck, or cut off) is taken over by the next one; and
 * once every attempt failed the export says so. Attempts expire after 6 s here (900 s by default).
 */
let app: TestApp;
let demo: Demo;
beforeAll(async () => {
  app = await setupTestApp({ EXPORT_JOB_TIMEOUT_SECONDS: '6' });
  demo = await loadDemo(app.db);
});
afterAll(() => app?.close());

const originalStep = exportPacing.step;
afterEach(() => {
  exportPacing.step = originalStep;
});

/** The approved dossiers of Định Bình, as PDF: a handful of documents. */
const smallExport = () => ({ organisationId: demo.org(DINH_BINH).id, status: 'approved', formats: ['pdf'] });

const exportRow = async (id: string) =>
  (await app.db.select().from(documentExports).where(eq(documentExports.id, id)))[0]!;

const jobOf = async (queue: string, filter = sql`true`) =>
  queryRows<{ id: string; state: string; retry_count: number; reason: string | null }>(
    app.db,
    sql`select id::text as id, state::text as state, retry_count, output->>'message' as reason
        from pgboss.job where name = ${queue} and ${filter}`,
  );

test('an attempt past its expiry is taken over by the next, which finishes; the first writes nothing', async () => {
  const client = await app.as('dinhbinh.cntt');
  const steps: Array<[attempt: number, done: number]> = [];
  let arrive!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  // The first attempt stops after two documents, as a process that hangs would.
  exportPacing.step = async (id, done, attempt) => {
    steps.push([attempt, done]);
    if (attempt === 0 && done === 2) {
      arrive();
      await released;
    }
    return originalStep(id, done, attempt);
  };
  try {
    const started = await client.post('/api/document-exports', { body: smallExport() });
    expect(started.status, started.text).toBe(202);
    const id = started.json.id as string;
    const total = started.json.total as number;
    expect(total).toBeGreaterThan(2);
    await arrived;
    expect(await exportRow(id)).toMatchObject({ status: 'running', done: 2 });
    expect((await exportRow(id)).runner).toMatch(new RegExp(`^${id}:0:`));

    // Past its 6 s, the job is tried again (3 to 6 s later); the second attempt renders everything.
    const finished = await waitUntilFinished(client, id);
    expect(finished).toMatchObject({ status: 'done', done: total, error: null });
    const second = await exportRow(id);
    expect(second.runner).toMatch(new RegExp(`^${id}:1:`));
    expect(steps.filter(([attempt]) => attempt === 1).map(([, done]) => done)).toEqual(
      Array.from({ length: total + 1 }, (_, n) => n),
    );
    const zip = await downloadBytes(client, `/api/document-exports/${id}/download`);
    expect(await zipEntries(zip.body)).toHaveLength(total);

    // The first attempt wakes up and renders its next document: it is no longer the runner, so it stops there.
    release();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await exportRow(id)).toEqual(second);
    expect(steps.filter(([attempt]) => attempt === 0)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
    expect(await jobOf(DOCUMENT_EXPORT_QUEUE, sql`id = ${id}`)).toEqual([
      { id, state: 'completed', retry_count: 1, reason: null },
    ]);
  } finally {
    release();
  }
}, 60_000);

test('an export whose every attempt fails ends failed, with a Vietnamese reason; administrators see why', async () => {
  const client = await app.as('dinhbinh.cntt');
  const attempts: number[] = [];
  exportPacing.step = (_id, _done, attempt) => {
    attempts.push(attempt);
    return Promise.reject(new Error(`the renderer broke at attempt ${attempt + 1}`));
  };
  const started = await client.post('/api/document-exports', { body: smallExport() });
  expect(started.status, started.text).toBe(202);
  const id = started.json.id as string;

  // Three attempts, 3 to 6 s then 6 to 12 s apart; then the dead letter records the failure.
  const failed = await waitUntilFinished(client, id);
  expect(attempts).toEqual([0, 1, 2]);
  expect(failed).toMatchObject({
    status: 'failed',
    error: 'Không lập được văn bản của lượt xuất này do lỗi hệ thống. Hãy xuất lại; nếu vẫn lỗi, báo quản trị viên.',
  });
  expect(failed.finishedAt).not.toBeNull();
  expect((await downloadBytes(client, `/api/document-exports/${id}/download`)).status).toBe(400);
  expect(await jobOf(DOCUMENT_EXPORT_QUEUE, sql`id = ${id}`)).toEqual([
    { id, state: 'failed', retry_count: 2, reason: `document export ${id}: the renderer broke at attempt 3` },
  ]);
  const deadLetters = await jobOf(DOCUMENT_EXPORT_FAILED_QUEUE, sql`data->>'exportId' = ${id}`);
  expect(deadLetters.map((job) => job.state)).toEqual(['completed']);

  const dashboard = await (await app.as('admin')).get('/api/jobs');
  expect(dashboard.status, dashboard.text).toBe(200);
  expect(dashboard.json.failed).toContainEqual(
    expect.objectContaining({
      id,
      queue: DOCUMENT_EXPORT_QUEUE,
      retries: 2,
      reason: `document export ${id}: the renderer broke at attempt 3`,
    }),
  );
}, 60_000);
