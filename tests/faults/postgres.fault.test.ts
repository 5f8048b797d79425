import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Db } from '#server/db/open-db.js';
import * as schema from '#server/db/schema/index.js';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import { ApiClient } from '../support/http-client.js';
import { createPgCluster, type PgCluster } from './support/pg-cluster.js';
import { serverEnv, startServer, verifyAuditChain, type ServerProcess } from './support/server-process.js';
import { dossierState, eventually, exportRow, submittedDossiers, uploadPdf, within } from './support/dossier-state.js';

/**
 * The real server (`node server/main.ts`) on a throw-away PostgreSQL cluster of its own, which the tests
 * stop, restart and whose server they kill: what happens to requests in flight, to the answers while the
 * database is away, to what was committed before, and to a transaction cut off half way.
 */
let cluster: PgCluster;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let server: ServerProcess | undefined;
/** The test's own connections (named TEST_APP, the server's are "capdo"): they read the tables as they are. */
let probe: postgres.Sql;
let inspect: { db: Db };

const TEST_APP = 'capdo-fault-test';
const unavailable = 'Hệ thống tạm thời không kết nối được cơ sở dữ liệu; dữ liệu đã lưu trước đó không bị mất.';

beforeAll(async () => {
  cluster = await createPgCluster();
  await cluster.start();
  dataDir = await mkdtemp(path.join(tmpdir(), 'capdo-fault-data-'));
  // An export attempt whose process died runs again once it expired: after a minute here (15 by default).
  env = {
    ...serverEnv({ url: cluster.url }, dataDir),
    EXPORT_JOB_TIMEOUT_SECONDS: '60',
    JOBS_MAINTENANCE_SECONDS: '1',
  };
  server = await startServer(env);
  probe = postgres(cluster.url, { max: 3, connection: { application_name: TEST_APP }, onnotice: () => {} });
  inspect = { db: drizzle({ client: probe, schema }) };
}, 120_000);

afterAll(async () => {
  await server?.kill();
  await probe?.end({ timeout: 1 }).catch(() => undefined);
  await cluster?.destroy();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const login = (username: string) => ApiClient.loginAs(server!.baseUrl, username, DEMO_PASSWORD);

/**
 * Takes the audit trail's table, so that every write stops at its audit event: its rows written, nothing
 * committed. `waiting(count)` resolves once that many of the server's requests wait on a lock (the first
 * at the table, the next behind it at the trail's head).
 */
async function lockAuditTrail() {
  // A client of its own, ended after: its connection dies with the cluster in the first test.
  const holder = postgres(cluster.url, { max: 1, connection: { application_name: TEST_APP }, onnotice: () => {} });
  const held = await holder.reserve();
  await held`begin`;
  await held`lock table audit_events in exclusive mode`;
  const waitingNow = async () => {
    const [row] = await probe<Array<{ n: number }>>`
      select count(*)::int as n from pg_stat_activity
      where application_name = 'capdo' and wait_event_type = 'Lock'`;
    return row!.n;
  };
  return {
    /** Also holds this export's row: its next progress update waits, the export stays half done. */
    holdExport: (id: string) => held`select id from document_exports where id = ${id} for update`,
    waiting: (count: number) =>
      eventually(20_000, `${count} writes waiting at the audit trail`, async () =>
        (await waitingNow()) >= count ? true : undefined,
      ),
    async release() {
      await held`commit`.catch(() => undefined);
      await holder.end({ timeout: 1 }).catch(() => undefined);
    },
  };
}

/** The server's connections still open in PostgreSQL. */
async function serverBackends(): Promise<number> {
  const [row] = await probe<Array<{ n: number }>>`
    select count(*)::int as n from pg_stat_activity where application_name = 'capdo'`;
  return row!.n;
}

test('PostgreSQL stops with requests in flight: 503 in Vietnamese, health says so, then it recovers', async () => {
  const officer = await login('ttdvnn.cntt');
  const appraiser = await login('sotttt.thamdinh');
  // The unit's dossier goes back to it for more files.
  const [own] = await submittedDossiers(officer);
  const returned = await appraiser.post(`/api/dossiers/${own!.id}/transitions`, {
    body: { action: 'return', version: own!.version, comment: 'Bổ sung biên bản' },
  });
  expect(returned.status, returned.text).toBe(200);

  // Writes that were answered 2xx before the stop.
  const committed: string[] = [];
  for (let i = 0; i < 5; i++) {
    const res = await uploadPdf(officer, own!.id, `truoc-${i}.pdf`);
    expect(res.status, res.text).toBe(201);
    committed.push(res.json.id as string);
  }

  // One upload in flight, stopped at its audit event, when the database goes down.
  const lock = await lockAuditTrail();
  const inFlight = uploadPdf(officer, own!.id, 'dang-gui.pdf');
  await lock.waiting(1);
  const stoppedAt = Date.now();
  await cluster.stopImmediately();
  await lock.release();
  const cutOff = await within(15_000, 'the upload in flight', inFlight);
  expect(cutOff.status, cutOff.text).toBe(503);
  expect(cutOff.json.error.code).toBe('database_unavailable');

  // While it is down: every request answers 503 with the message, soon, never a 500 or a stack.
  const whileDown = [
    () => officer.get('/api/health'),
    () => officer.get(`/api/dossiers/${own!.id}`),
    () => uploadPdf(officer, own!.id, 'trong-luc-mat-ket-noi.pdf'),
    () => new ApiClient(server!.baseUrl).login('admin', DEMO_PASSWORD),
    () => officer.get('/api/dossiers'),
  ];
  for (const send of whileDown) {
    const started = Date.now();
    const res = await within(15_000, 'a request while the database is down', send());
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.status, res.text).toBe(503);
    expect(res.json.error.code).toBe('database_unavailable');
    expect(res.json.error.message).toContain(unavailable);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.text).not.toMatch(/Failed query|ECONNREFUSED|at .*\.ts/);
  }
  const health = await officer.get('/api/health');
  expect(health.status).toBe(503);
  expect(health.json.error.code).toBe('database_unavailable');
  const english = await new ApiClient(server!.baseUrl, { acceptLanguage: 'en' }).get('/api/health');
  expect(english.json.error.message).toContain('cannot reach its database');
  expect(Date.now() - stoppedAt).toBeLessThan(60_000);

  // Back up: the server reconnects by itself within seconds, with no restart.
  await cluster.start();
  const backAt = Date.now();
  await eventually(10_000, 'health answering 200 again', async () =>
    (await officer.get('/api/health')).status === 200 ? true : undefined,
  );
  expect(Date.now() - backAt).toBeLessThan(10_000);
  const after = await uploadPdf(officer, own!.id, 'sau.pdf');
  expect(after.status, after.text).toBe(201);
  committed.push(after.json.id as string);

  // Every write answered 2xx is there; the one cut off is not, neither its file nor its event.
  const state = await dossierState(inspect.db, own!.id);
  expect(state.attachmentIds).toEqual([...committed].sort());
  expect(state.attachedIds).toEqual(state.attachmentIds);
  const listed = await officer.get(`/api/dossiers/${own!.id}/attachments`);
  expect(listed.json.items.map((item: { id: string }) => item.id).sort()).toEqual([...committed].sort());
  const audit = await verifyAuditChain(env);
  expect(audit.code, audit.output).toBe(0);
}, 120_000);

test('a server killed amid a transition, an upload and a batch export leaves no half-written record', async () => {
  const officer = await login('ttdvnn.cntt');
  const appraiser = await login('sotttt.thamdinh');
  const reporter = await login('yendinh.tonghop');
  const [own] = (await officer.get('/api/dossiers', { query: { status: 'returned' } })).json.items as Array<{
    id: string;
  }>;
  const target = (await submittedDossiers(appraiser))[0]!;
  const ownBefore = await dossierState(inspect.db, own!.id);
  const targetBefore = await dossierState(inspect.db, target.id);

  // A batch export under way: the district's approved dossiers as PDF (over 100 documents).
  const district = reporter.user!.memberships[0]!.organisationId;
  const started = await reporter.post('/api/document-exports', {
    body: { organisationId: district, status: 'approved', formats: ['pdf'] },
  });
  expect(started.status, started.text).toBe(202);
  const exportId = started.json.id as string;
  await eventually(30_000, 'the export under way', async () => {
    const row = await exportRow(inspect.db, exportId);
    return row.done >= 1 ? row : undefined;
  });

  // A transition and an upload, each stopped half way (their rows written, their audit event waiting),
  // and the export held at its next document.
  const lock = await lockAuditTrail();
  await lock.holdExport(exportId);
  // (Their answers are caught at once: the kill makes them fail, which is the point.)
  const transition = appraiser
    .post(`/api/dossiers/${target.id}/transitions`, {
      body: { action: 'return', version: target.version, comment: 'Thiếu hồ sơ thiết kế' },
    })
    .catch((error: unknown) => error);
  const upload = uploadPdf(officer, own!.id, 'bi-cat.pdf').catch((error: unknown) => error);
  await lock.waiting(3);
  const midway = await exportRow(inspect.db, exportId);
  expect(midway.status).toBe('running');
  expect(midway.done).toBeLessThan(midway.total);

  await server!.kill();
  await lock.release();
  // Both requests lost their server; neither can have been answered 2xx.
  expect(await transition).toBeInstanceOf(Error);
  expect(await upload).toBeInstanceOf(Error);
  // PostgreSQL rolls back what the dead server's connections left open.
  await eventually(15_000, "the dead server's connections closed", async () =>
    (await serverBackends()) === 0 ? true : undefined,
  );

  expect(await dossierState(inspect.db, target.id)).toEqual(targetBefore);
  expect(await dossierState(inspect.db, own!.id)).toEqual(ownBefore);
  expect(await exportRow(inspect.db, exportId)).toMatchObject({ status: 'running', hasZip: false });

  // After a restart nothing needs mending; the export runs again once its job expired, and finishes.
  server = await startServer(env);
  const reporterAgain = reporter.against(server.baseUrl);
  const resumed = await eventually(150_000, 'the export finished after the restart', async () => {
    const res = await reporterAgain.get(`/api/document-exports/${exportId}`);
    return res.json.status === 'queued' || res.json.status === 'running' ? undefined : res.json;
  });
  expect(resumed).toMatchObject({ status: 'done', error: null });
  expect(resumed.done).toBe(resumed.total);
  expect(resumed.finishedAt).not.toBeNull();
  const retried = await appraiser.against(server.baseUrl).post(`/api/dossiers/${target.id}/transitions`, {
    body: { action: 'return', version: target.version, comment: 'Thiếu hồ sơ thiết kế' },
  });
  expect(retried.status, retried.text).toBe(200);
  const targetAfter = await dossierState(inspect.db, target.id);
  expect(targetAfter).toMatchObject({ status: 'returned', lastStatus: 'returned', version: target.version + 1 });
  expect(targetAfter.actions).toEqual([...targetBefore.actions, 'return']);
  const audit = await verifyAuditChain(env);
  expect(audit.code, audit.output).toBe(0);
}, 300_000);
