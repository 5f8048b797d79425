import { beforeAll, describe, expect, test } from 'vitest';
import { makeUser } from '../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, SO_TTTT, TTDVNN, type Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';
import { answerOf, contractsOfKind, pathWith, randomId } from './endpoints.js';
import { expectListWithinScope } from './list-scope.js';

/**
 * People of one unit calling every endpoint about records of other units: each answer must be
 * the one a record that does not exist gets, lists never show the other unit, and nothing changes.
 */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const communeAdmin = await makeUser(app.db, {
    username: 'dinhbinh.admin',
    memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
  });
  outsiders['dinhbinh.admin']!.password = communeAdmin.password;
});

interface Outsider {
  own: string;
  password?: string;
}
const outsiders: Record<string, Outsider> = {
  'dinhbinh.cntt': { own: DINH_BINH }, // officer of a commune
  'dinhbinh.admin': { own: DINH_BINH }, // admin of the same commune: every right, within it
  'ttdvnn.cntt': { own: TTDVNN }, // officer of a public service unit
};

const clientOf = (username: string) => app.as(username, outsiders[username]!.password);
/**
 * Organisations outside the caller's subtree, one of each relation to it: the root and the
 * district above it, the Sở on another branch, a sibling commune, a town, a public service unit.
 */
const foreignOrganisations = (own: string) => {
  const mine = demo.subtreeIds(own);
  const sibling = own === DINH_BINH ? DINH_CONG : DINH_BINH;
  const psu = demo.organisations.find((o) => o.kind === 'publicServiceUnit' && !mine.has(o.id))!;
  const picked = [PROVINCE, DISTRICT, SO_TTTT, sibling, 'Ủy ban nhân dân thị trấn Quán Lào', psu.name].map((name) =>
    demo.org(name),
  );
  for (const org of picked) if (mine.has(org.id)) throw new Error(`${org.name} is not foreign to ${own}`);
  return picked;
};
/** The systems those organisations operate. */
const foreignSystems = (own: string) => {
  const ids = new Set(foreignOrganisations(own).map((o) => o.id));
  return demo.systems.filter((s) => ids.has(s.operatorOrganisationId));
};

describe.each(Object.keys(outsiders))('as %s', (username) => {
  const own = () => demo.org(outsiders[username]!.own);

  test("the foreign targets lie outside the caller's subtree and include systems", () => {
    const mine = demo.subtreeIds(outsiders[username]!.own);
    expect(foreignOrganisations(outsiders[username]!.own).some((o) => mine.has(o.id))).toBe(false);
    expect(foreignSystems(outsiders[username]!.own).length).toBeGreaterThanOrEqual(4);
  });

  describe.each(contractsOfKind('record'))('%s', (_, contract, sample) => {
    test('every record of another unit answers exactly like a random id; nothing changes', async () => {
      const client = await clientOf(username);
      const method = contract.method.toUpperCase();
      const targets: Array<{ id: string; version: number; name: string }> =
        sample.resource === 'organisation'
          ? foreignOrganisations(outsiders[username]!.own)
          : foreignSystems(outsiders[username]!.own);
      expect(targets.length).toBeGreaterThan(0);
      const before = await snapshotTables(app.db);
      const random = await client.request(method, pathWith(contract, randomId()), {
        body: sample.body?.({ version: 1 }, { own: own() }),
      });
      expect(random.status).toBe(404);
      for (const target of targets) {
        const res = await client.request(method, pathWith(contract, target.id), {
          body: sample.body?.(target, { own: own() }),
        });
        expect(answerOf(res), `${method} ${target.name}`).toEqual(answerOf(random));
      }
      expect(await snapshotTables(app.db)).toEqual(before);
    });
  });

  describe.each(contractsOfKind('list'))('%s', (_, contract, sample) => {
    test("lists only the caller's own subtree, with a total that counts only it, whatever the filters", async () => {
      const client = await clientOf(username);
      await sample.arrange?.(app.db, own());
      const mine = demo.subtreeIds(outsiders[username]!.own);
      const check = (query: Record<string, string>) =>
        expectListWithinScope(client, contract.path, mine, sample.organisationIdsOf, query);
      expect(await check({})).toBeGreaterThan(0);
      for (const foreign of foreignOrganisations(outsiders[username]!.own)) {
        for (const query of sample.filters(foreign)) await check(query);
      }
    });

    test('a filter naming another unit answers like one naming nothing that exists', async () => {
      const client = await clientOf(username);
      const sampleForeign = foreignOrganisations(outsiders[username]!.own).find(
        (o) => o.kind === 'commune' || o.kind === 'publicServiceUnit',
      )!;
      const fake = { ...sampleForeign, id: randomId(), parentId: randomId() };
      const foreignQueries = sample.filters(sampleForeign);
      const fakeQueries = sample.filters(fake);
      for (const [i, query] of foreignQueries.entries()) {
        if (query.q) continue; // a name search is the same query either way
        const real = await client.get(contract.path, { query });
        const made = await client.get(contract.path, { query: fakeQueries[i]! });
        expect(answerOf(real), JSON.stringify(query)).toEqual(answerOf(made));
      }
    });
  });

  describe.each(contractsOfKind('create'))('%s', (_, contract, sample) => {
    test('pointing at another unit answers exactly like pointing at a random id; nothing is created', async () => {
      const client = await clientOf(username);
      const before = await snapshotTables(app.db);
      const random = await client.post(contract.path, { body: sample.body(randomId(), { own: own() }) });
      expect(random.status).toBeGreaterThanOrEqual(400);
      for (const foreign of foreignOrganisations(outsiders[username]!.own)) {
        const res = await client.post(contract.path, { body: sample.body(foreign.id, { own: own() }) });
        expect(answerOf(res), foreign.name).toEqual(answerOf(random));
      }
      expect(await snapshotTables(app.db)).toEqual(before);
    });
  });

  describe.each(contractsOfKind('shared'))('%s', (_, contract, sample) => {
    test(
      sample.write ? 'only a top-level administrator may change it: 403 and nothing changes' : 'any user reads it',
      async () => {
        const client = await clientOf(username);
        const before = await snapshotTables(app.db);
        const res = await client.request(contract.method.toUpperCase(), sample.path, { body: sample.body?.() });
        expect(res.status).toBe(sample.write ? 403 : 200);
        expect(await snapshotTables(app.db)).toEqual(before);
      },
    );
  });

  test('its own records are reachable (the suite is not passing by refusing everything)', async () => {
    const client = await clientOf(username);
    expect((await client.get(`/api/organisations/${own().id}`)).status).toBe(200);
    expect((await client.get(`/api/systems/${demo.systemOf(outsiders[username]!.own).id}`)).status).toBe(200);
  });
});
