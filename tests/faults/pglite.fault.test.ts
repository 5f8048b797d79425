import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDb } from '#server/db/open-db.js';
import { DEMO_PASSWORD } from '../../drizzle/seed/yen-dinh.data.js';
import { ApiClient } from '../support/http-client.js';
import { serverEnv, startServer, verifyAuditChain, type ServerProcess } from './support/server-process.js';
import { dossierState, eventually, submittedDossiers, uploadPdf } from './support/dossier-state.js';

/**
 * The embedded database lives in the server's own process: the fault is the process dying. The real
 * server on a PGlite data directory is killed (SIGKILL) while a transition, uploads and a batch export
 * run, then started again on the same directory (its lock left by a dead process is taken over), where
 * the export runs again.
 */
let dataDir: string;
let env: NodeJS.ProcessEnv;
let server: ServerProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'capdo-fault-pglite-'));
  env = serverEnv({ dataDir }, dataDir);
  server = await startServer(env);
}, 240_000);

afterAll(async () => {
  await server?.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('a PGlite server killed mid-write restarts on its data with every record whole, the export resumed', async () => {
  const login = (username: string) => ApiClient.loginAs(server!.baseUrl, username, DEMO_PASSWORD);
  const officer = await login('ttdvnn.cntt');
  const appraiser = await login('sotttt.thamdinh');
  const reporter = await login('yendinh.tonghop');
  const [own] = await submittedDossiers(officer);
  const returned = await appraiser.post(`/api/dossiers/${own!.id}/transitions`, {
    body: { action: 'return', version: own!.version, comment: 'Bổ sung biên bản' },
  });
  expect(returned.status, returned.text).toBe(200);
  const target = (await submittedDossiers(appraiser)).find((dossier) => dossier.id !== own!.id)!;

  const started = await reporter.post('/api/document-exports', {
    body: { organisationId: reporter.user!.memberships[0]!.organisationId, status: 'approved', formats: ['pdf'] },
  });
  expect(started.status, started.text).toBe(202);
  const exportId = started.json.id as string;
  await eventually(60_000, 'the export under way', async () => {
    const res = await reporter.get(`/api/document-exports/${exportId}`);
    return res.json.done >= 1 ? true : undefined;
  });

  // Uploads one after the other and a transition, while the export renders; the process dies once two
  // uploads were answered, with the next one in flight. Which writes committed then depends on the
  // moment, so what is checked below holds at any moment: each record whole or absent, none answered lost.
  const answered: string[] = [];
  const uploading = (async () => {
    for (let i = 1; i <= 20; i++) {
      const res = await uploadPdf(officer, own!.id, `bien-ban-${i}.pdf`);
      expect(res.status, res.text).toBe(201);
      answered.push(res.json.id as string);
    }
  })().catch((error: unknown) => error);
  const transition = appraiser
    .post(`/api/dossiers/${target.id}/transitions`, {
      body: { action: 'return', version: target.version, comment: 'Thiếu hồ sơ thiết kế' },
    })
    .catch((error: unknown) => error);
  await eventually(30_000, 'two uploads answered', () => Promise.resolve(answered.length >= 2 ? true : undefined));
  await server!.kill();
  const killedAfter = answered.length;
  expect(await uploading).toBeInstanceOf(Error);
  await transition;

  // It starts again on the same directory and runs the export again, at once (not after its job's expiry):
  // the person gets the whole zip without asking again.
  server = await startServer(env);
  const reporterAgain = reporter.against(server.baseUrl);
  const resumed = await eventually(90_000, 'the export finished after the restart', async () => {
    const res = await reporterAgain.get(`/api/document-exports/${exportId}`);
    return res.json.status === 'queued' || res.json.status === 'running' ? undefined : res.json;
  });
  expect(resumed).toMatchObject({ status: 'done', error: null });
  expect(resumed.done).toBe(resumed.total);
  await server.stop();
  server = undefined;

  const opened = await openDb({ dataDir, migrate: false });
  try {
    const ownAfter = await dossierState(opened.db, own!.id);
    expect(ownAfter.attachedIds).toEqual(ownAfter.attachmentIds);
    // Every upload answered 201 is there; beyond them at most the one in flight, whole.
    expect(ownAfter.attachmentIds).toEqual(expect.arrayContaining(answered));
    expect(ownAfter.attachmentIds.length).toBeLessThanOrEqual(killedAfter + 1);
    const targetAfter = await dossierState(opened.db, target.id);
    expect(targetAfter.lastStatus).toBe(targetAfter.status);
    if (targetAfter.status === 'returned') expect(targetAfter.version).toBe(target.version + 1);
    else expect(targetAfter).toMatchObject({ status: 'submitted', version: target.version });
  } finally {
    await opened.close();
  }
  const audit = await verifyAuditChain(env);
  expect(audit.code, audit.output).toBe(0);
}, 240_000);
