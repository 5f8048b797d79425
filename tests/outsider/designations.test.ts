import { beforeAll, describe, expect, test } from 'vitest';
import { designations } from '#server/db/schema/index.js';
import { makeCommuneAdmin } from '../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, SO_TTTT, TTDVNN, type Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';
import { answerOf, contractsOfKind, pathWith, randomId } from './endpoints.js';

/**
 * The designation endpoints called by people of one unit about other units: designations of subtrees
 * outside their scope do not exist for them, naming another unit answers like naming none, and nothing
 * changes.
 */
let app: TestApp;
let demo: Demo;
let communeAdminPassword = '';
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  communeAdminPassword = await makeCommuneAdmin(app.db, demo);
});

const outsiders: Record<string, string> = {
  'dinhbinh.cntt': DINH_BINH,
  'dinhbinh.admin': DINH_BINH,
  'ttdvnn.cntt': TTDVNN,
};
const clientOf = (username: string) =>
  app.as(username, username === 'dinhbinh.admin' ? communeAdminPassword : undefined);
const foreignOf = (own: string) =>
  [PROVINCE, DISTRICT, SO_TTTT, own === DINH_BINH ? DINH_CONG : DINH_BINH].map((name) => demo.org(name));

test('every designation endpoint is called here', () => {
  expect(contractsOfKind('designation').map(([key]) => key)).toEqual([
    'GET /api/designations',
    'GET /api/designations/coverage',
    'POST /api/designations',
    'PATCH /api/designations/:id',
    'DELETE /api/designations/:id',
  ]);
});

describe.each(Object.keys(outsiders))('as %s', (username) => {
  const own = () => demo.org(outsiders[username]!);

  test('lists only designations of its own subtree, whatever the filters', async () => {
    const client = await clientOf(username);
    const mine = demo.subtreeIds(outsiders[username]!);
    for (const query of [
      {},
      ...foreignOf(own().name).flatMap((o) => [{ subtreeRootId: o.id }, { designatedOrganisationId: o.id }]),
    ]) {
      const res = await client.get('/api/designations', { query });
      expect(res.status).toBe(200);
      for (const item of res.json.items) expect(mine.has(item.subtreeRoot.id), JSON.stringify(query)).toBe(true);
      expect(res.json.total).toBe(res.json.items.length);
    }
  });

  test("another unit's coverage answers exactly like an id nobody has; its own names only its own units", async () => {
    const client = await clientOf(username);
    const random = await client.get('/api/designations/coverage', { query: { rootId: randomId() } });
    expect(random.status).toBe(404);
    for (const foreign of foreignOf(own().name)) {
      const res = await client.get('/api/designations/coverage', { query: { rootId: foreign.id } });
      expect(answerOf(res), foreign.name).toEqual(answerOf(random));
    }
    const mine = demo.subtreeIds(outsiders[username]!);
    const res = await client.get('/api/designations/coverage', { query: { rootId: own().id } });
    expect(res.status).toBe(200);
    for (const unit of res.json.units) expect(mine.has(unit.id)).toBe(true);
  });

  test("the province's designation answers exactly like one that does not exist; nothing changes", async () => {
    const client = await clientOf(username);
    const [province] = await app.db.select().from(designations);
    const before = await snapshotTables(app.db);
    for (const [, contract, sample] of contractsOfKind('designation').filter(([key]) => key.includes(':id'))) {
      const call = (id: string) =>
        client.request(contract.method.toUpperCase(), pathWith(contract, id, undefined, sample.query), {
          body: sample.body?.({ own: own() }),
        });
      const random = await call(randomId());
      expect(random.status).toBe(404);
      expect(answerOf(await call(province!.id)), contract.path).toEqual(answerOf(random));
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('creating one that names another unit answers exactly like naming a random id; nothing is created', async () => {
    const client = await clientOf(username);
    const before = await snapshotTables(app.db);
    const body = (subtreeRootId: string, designatedOrganisationId: string) => ({
      subtreeRootId,
      designatedOrganisationId,
      validFrom: '2031-01-01',
    });
    for (const field of ['subtreeRootId', 'designatedOrganisationId'] as const) {
      const aimed = (id: string) => (field === 'subtreeRootId' ? body(id, own().id) : body(own().id, id));
      const random = await client.post('/api/designations', { body: aimed(randomId()) });
      expect(random.status).toBe(400);
      for (const foreign of foreignOf(own().name)) {
        const res = await client.post('/api/designations', { body: aimed(foreign.id) });
        expect(answerOf(res), `${field} ${foreign.name}`).toEqual(answerOf(random));
      }
    }
    // Its own unit for both: it is not an administrator of a province, so 403.
    expect((await client.post('/api/designations', { body: body(own().id, own().id) })).status).toBe(403);
    expect(await snapshotTables(app.db)).toEqual(before);
  });
});
