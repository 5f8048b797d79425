import { rmSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, expect, test } from 'vitest';
import { startBackground, type Background } from '#server/background.js';
import { openDb, type OpenedDb } from '#server/db/open-db.js';
import { documentExports } from '#server/db/schema/index.js';
import { parseEnv } from '#server/env.js';
import { pgliteBossDb } from '#server/jobs/pglite-adapter.js';
import { transactionBossDb } from '#server/jobs/transaction-adapter.js';
import { loadActor } from '#server/modules/auth/sessions.js';
import { startDocumentExport } from '#server/modules/documents/document-exports.js';
import { documentExportQueues } from '#server/modules/documents/export-jobs.js';
import { DOCUMENT_EXPORT_QUEUE } from '#server/modules/documents/export-queue-names.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { DINH_BINH, loadDemo } from '../../../support/demo.js';
import { copyPgliteTemplate } from '../../../support/test-database.js';

/**
 * PGlite admits one server process per data directory, so a job still active when the server starts was
 * cut off by the death of the previous one. It runs again at once, not after its expiry (15 minutes for an
 * export by default): an export a SIGKILL interrupted resumes as soon as the server is back.
 * (tests/faults/pglite.fault.test.ts kills the real server; here the previous life is a pg-boss that took
 * the job and never reported back, which is what a killed process leaves.)
 */
const { root, dataDir } = copyPgliteTemplate();
let opened: OpenedDb | undefined;
let background: Background | undefined;
afterAll(async () => {
  await background?.stop();
  await opened?.close();
  rmSync(root, { recursive: true, force: true });
});

const env = parseEnv({ SERVE_WEB: 'false', JOBS_POLL_SECONDS: '0.5', JOBS_MAINTENANCE_SECONDS: '2' });

test('an export whose server died mid-way runs again as soon as the server starts on the data directory', async () => {
  opened = await openDb({ dataDir });
  const client = opened.connection.kind === 'pglite' ? opened.connection.client : undefined;
  const demo = await loadDemo(opened.db);
  const actor = (await loadActor(opened.db, await demo.userId('dinhbinh.cntt')))!;

  // The previous life: the server's export queues, an export accepted, its job taken, three documents done.
  const previous = new PgBoss({ db: pgliteBossDb(client!), supervise: false, schedule: false });
  await previous.start();
  for (const queue of documentExportQueues({ db: opened.db, env }))
    await previous.createQueue(queue.name, { name: queue.name, ...queue.options });
  const started = await startDocumentExport(
    opened.db,
    {
      sendInTransaction: (tx, queue, data, options) =>
        previous.send(queue, data, { ...options, db: transactionBossDb(tx) }),
    },
    actor,
    { organisationId: demo.org(DINH_BINH).id, status: 'approved', formats: ['pdf'] },
  );
  const [taken] = await previous.fetch(DOCUMENT_EXPORT_QUEUE);
  expect(taken?.id).toBe(started.id);
  await opened.db
    .update(documentExports)
    .set({ status: 'running', runner: `${started.id}:0:elsewhere:4242`, done: 3 })
    .where(eq(documentExports.id, started.id));
  // It dies: nothing more is written, the database is closed.
  await previous.stop({ graceful: false, close: false, wait: true });
  await opened.close();

  // The server starts again on the directory.
  opened = await openDb({ dataDir });
  const db = opened.db;
  const startedAt = Date.now();
  background = await startBackground(opened, env);
  const read = async () => (await db.select().from(documentExports).where(eq(documentExports.id, started.id)))[0]!;
  let row = await read();
  while (row.status === 'running' && Date.now() - startedAt < 120_000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    row = await read();
  }
  expect(row).toMatchObject({ status: 'done', done: started.total });
  expect(row.runner).toMatch(new RegExp(`^${started.id}:1:`));
  // Retried after its delay (3 to 6 s), not after its 900 s expiry.
  expect(Date.now() - startedAt).toBeLessThan(120_000);
  const [job] = await queryRows<{ state: string; retry_count: number }>(
    db,
    sql`select state::text as state, retry_count from pgboss.job where id = ${started.id}`,
  );
  expect(job).toEqual({ state: 'completed', retry_count: 1 });
}, 240_000);
