import { inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { contractList } from '#server/openapi/build-openapi.js';
import { dossiers } from '#server/db/schema/index.js';
import { makeAttachment, makeDossier } from '../factories/dossiers.js';
import { makeUser } from '../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, TTDVNN, type Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import { snapshotDossierTables } from '../support/dossiers.js';
import type { TestApp } from '../support/test-app.js';
import {
  answerOf,
  contractsOfKind,
  endpointSamples,
  keyOf,
  pathWith,
  randomId,
  type EndpointSample,
} from './endpoints.js';
import { expectListWithinScope } from './list-scope.js';

/**
 * The dossier endpoints called by people of one unit about the dossiers of other units (drafts
 * with files, returned, submitted, approved): every answer is the one a dossier that does not exist
 * gets, lists and the inbox never show them, and nothing changes in any table.
 */
let app: TestApp;
let demo: Demo;
interface Target {
  id: string;
  version: number;
  attachmentId: string;
  label: string;
  operatorOrganisationId: string;
}
const targets: Target[] = [];
const passwords: Record<string, string> = {};

const outsiders: Record<string, string> = {
  'dinhbinh.cntt': DINH_BINH,
  'dinhbinh.admin': DINH_BINH,
  'ttdvnn.cntt': TTDVNN,
};

useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  passwords['dinhbinh.admin'] = (
    await makeUser(app.db, {
      username: 'dinhbinh.admin',
      memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
    })
  ).password;
  // Dossiers of every unit that operates a system, in the statuses an outsider could try to change, each with a file.
  for (const unit of [DINH_BINH, DINH_CONG, DISTRICT, TTDVNN]) {
    const system = demo.systemOf(unit);
    for (const status of ['drafting', 'returned', 'submitted'] as const) {
      const dossier = await makeDossier(app.db, {
        operatorOrganisationId: system.operatorOrganisationId,
        systems: [{ systemId: system.id }],
        status,
        title: `Hồ sơ của đơn vị khác (${status})`,
      });
      const file = await makeAttachment(app.db, dossier.id);
      targets.push({
        id: dossier.id,
        version: dossier.version,
        attachmentId: file.id,
        label: `${unit} ${status}`,
        operatorOrganisationId: dossier.operatorOrganisationId,
      });
    }
  }
  // And the demo's own dossiers (approved and submitted), whatever the seed holds.
  const seeded = await app.db
    .select()
    .from(dossiers)
    .where(inArray(dossiers.status, ['approved', 'submitted']));
  for (const dossier of seeded.slice(0, 6)) {
    targets.push({
      id: dossier.id,
      version: dossier.version,
      attachmentId: randomId(),
      label: `demo ${dossier.title}`,
      operatorOrganisationId: dossier.operatorOrganisationId,
    });
  }
});

const clientOf = (username: string) => app.as(username, passwords[username]);
const foreignTargets = (username: string) => {
  const mine = demo.subtreeIds(outsiders[username]!);
  return targets.filter((target) => !mine.has(target.operatorOrganisationId));
};
const ownTarget = (username: string) =>
  targets.find(
    (target) =>
      demo.subtreeIds(outsiders[username]!).has(target.operatorOrganisationId) && target.label.endsWith('drafting'),
  )!;

test('the suite covers every dossier endpoint', () => {
  const covered = [...contractsOfKind('dossier'), ...contractsOfKind('dossierList')].map(([key]) => key);
  const dossierContracts = contractList
    .map(keyOf)
    .filter(
      (key) => key.includes('/api/dossiers') || key.includes('/api/inbox') || key.includes('/api/document-exports'),
    );
  expect([...covered, 'POST /api/dossiers'].sort()).toEqual(dossierContracts.sort());
});

describe.each(Object.keys(outsiders))('as %s', (username) => {
  describe.each(contractsOfKind('dossier'))('%s', (_, contract, sample) => {
    test('every dossier of another unit answers exactly like a random id; nothing changes', async () => {
      const client = await clientOf(username);
      const method = contract.method.toUpperCase();
      const call = (target: Pick<Target, 'id' | 'version' | 'attachmentId'>) =>
        client.request(method, pathWith(contract, target.id, target.attachmentId, sample.query), {
          body: sample.body?.(target),
          ...(sample.raw ? { rawBody: sample.raw.data(), headers: { 'content-type': sample.raw.contentType } } : {}),
        });
      const foreign = foreignTargets(username);
      expect(foreign.length).toBeGreaterThanOrEqual(9);
      const before = await snapshotDossierTables(app.db);
      const random = await call({ id: randomId(), version: 1, attachmentId: randomId() });
      expect(random.status).toBe(404);
      for (const target of foreign)
        expect(answerOf(await call(target)), `${method} ${target.label}`).toEqual(answerOf(random));
      expect(await snapshotDossierTables(app.db)).toEqual(before);
    });
  });

  describe.each(contractsOfKind('dossierList'))('%s', (_, contract, sample) => {
    test("lists only dossiers of the caller's subtree, the total counting only them, whatever the filter", async () => {
      const client = await clientOf(username);
      const mine = demo.subtreeIds(outsiders[username]!);
      const check = (query: Record<string, string>) =>
        expectListWithinScope(client, contract.path, mine, sample.organisationIdsOf, query);
      expect(await check({})).toBeGreaterThan(0);
      const foreignUnits = [...new Set(foreignTargets(username).map((t) => t.operatorOrganisationId))].map((id) =>
        demo.organisations.find((o) => o.id === id)!,
      );
      for (const foreign of foreignUnits) for (const query of sample.filters(foreign)) await check(query);
    });

    test('a filter naming another unit answers like one naming a unit that does not exist', async () => {
      const client = await clientOf(username);
      const foreign = demo.organisations.find((o) => o.id === foreignTargets(username)[0]!.operatorOrganisationId)!;
      const fake = { ...foreign, id: randomId() };
      const realQueries = sample.filters(foreign);
      const fakeQueries = sample.filters(fake);
      for (const [i, query] of realQueries.entries()) {
        if (query.q) continue;
        expect(answerOf(await client.get(contract.path, { query })), JSON.stringify(query)).toEqual(
          answerOf(await client.get(contract.path, { query: fakeQueries[i]! })),
        );
      }
    });
  });

  test('creating a dossier for another unit answers as for a missing unit; nothing is written', async () => {
    const client = await clientOf(username);
    const sample = endpointSamples['POST /api/dossiers'] as Extract<EndpointSample, { kind: 'create' }>;
    const own = { own: demo.org(outsiders[username]!) };
    const before = await snapshotDossierTables(app.db);
    const random = await client.post('/api/dossiers', { body: sample.body(randomId(), own) });
    expect(random.status).toBe(400);
    for (const target of foreignTargets(username)) {
      expect(
        answerOf(await client.post('/api/dossiers', { body: sample.body(target.operatorOrganisationId, own) })),
      ).toEqual(answerOf(random));
    }
    expect(await snapshotDossierTables(app.db)).toEqual(before);
  });

  test('its own dossiers are reachable (the suite is not passing by refusing everything)', async () => {
    const client = await clientOf(username);
    const own = ownTarget(username);
    for (const path of ['', '/events', '/snapshots', '/attachments', `/attachments/${own.attachmentId}`]) {
      expect((await client.get(`/api/dossiers/${own.id}${path}`)).status, path).toBe(200);
    }
  });
});
