import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { designations, informationSystems, organisations } from '#server/db/schema/index.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import type { Actor } from '#server/policies/actor.js';
import { inScope, prefixEnd } from '#server/policies/organisation-scope.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DISTRICT, SO_TTTT, TTDVNN, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const totals = async (username: string, password?: string) => {
  const client = await app.loginAs(username, password);
  const [orgs, systems] = await Promise.all([client.get('/api/organisations'), client.get('/api/systems')]);
  return { organisations: orgs.json.total, systems: systems.json.total };
};

describe("the designated unit's reach is dated data", () => {
  const setDesignation = (values: { validFrom?: string; validTo?: string | null }) =>
    app.db.update(designations).set(values);
  // Vietnam's days, as the server counts them (UTC's date is a day behind from 17:00 UTC).
  const today = () => todayInVietnam();
  const dayOffset = (days: number) =>
    new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  test("while in force, the Sở's appraiser sees the whole province", async () => {
    expect(await totals('sotttt.thamdinh')).toEqual({ organisations: 32, systems: 30 });
  });

  test('once it has ended, the appraiser sees only the Sở itself', async () => {
    try {
      await setDesignation({ validTo: dayOffset(-1) });
      expect(await totals('sotttt.thamdinh')).toEqual({ organisations: 1, systems: 0 });
      const client = await app.loginAs('sotttt.thamdinh');
      expect((await client.get(`/api/systems/${demo.systemOf(DINH_BINH).id}`)).status).toBe(404);
    } finally {
      await setDesignation({ validTo: null });
    }
  });

  test('before it starts, likewise; on its last day it still holds', async () => {
    try {
      await setDesignation({ validFrom: dayOffset(1) });
      expect(await totals('sotttt.lanhdao')).toEqual({ organisations: 1, systems: 0 });
      await setDesignation({ validFrom: '2016-07-01', validTo: today() });
      expect(await totals('sotttt.lanhdao')).toEqual({ organisations: 32, systems: 30 });
    } finally {
      await setDesignation({ validFrom: '2016-07-01', validTo: null });
    }
  });

  test("the designation gives reading only: the appraiser cannot edit a commune's system", async () => {
    const system = demo.systemOf(DINH_BINH);
    const res = await (
      await app.loginAs('sotttt.thamdinh')
    ).patch(`/api/systems/${system.id}`, { body: { version: system.version, name: 'Sửa bởi Sở' } });
    expect(res.status).toBe(403);
  });

  test('the rows are what the test thinks they are', async () => {
    const [row] = await app.db
      .select()
      .from(designations)
      .where(eq(designations.designatedOrganisationId, demo.org(SO_TTTT).id));
    expect(row).toMatchObject({ validFrom: '2016-07-01', validTo: null });
  });
});

describe('several memberships add up, each role in its own subtree', () => {
  test('officer in Định Bình and reporter in the agricultural centre: sees both, edits only Định Bình', async () => {
    const user = await makeUser(app.db, {
      memberships: [
        { organisationId: demo.org(DINH_BINH).id, role: 'officer' },
        { organisationId: demo.org(TTDVNN).id, role: 'reporter' },
      ],
    });
    const client = await app.loginAs(user.username, user.password);
    const systems = await client.get('/api/systems');
    expect(systems.json.total).toBe(2);
    const abilities = Object.fromEntries(
      systems.json.items.map((s: { operator: { id: string }; abilities: { update: boolean } }) => [
        s.operator.id,
        s.abilities.update,
      ]),
    );
    expect(abilities).toEqual({ [demo.org(DINH_BINH).id]: true, [demo.org(TTDVNN).id]: false });

    const centreSystem = demo.systemOf(TTDVNN);
    expect(
      (
        await client.patch(`/api/systems/${centreSystem.id}`, {
          body: { version: centreSystem.version, name: 'Sửa trái phép' },
        })
      ).status,
    ).toBe(403);
    const create = (operator: string) =>
      client.post('/api/systems', {
        body: {
          name: 'Hệ thống mới',
          ownerOrganisationId: demo.org(operator).id,
          operatorOrganisationId: demo.org(operator).id,
          systemType: 'internal',
          informationTypes: ['public'],
        },
      });
    expect((await create(TTDVNN)).status).toBe(403);
    expect((await create(DINH_BINH)).status).toBe(201);
  });

  test('a wider read role and a narrower write role: reads the district, writes only the commune', async () => {
    const user = await makeUser(app.db, {
      memberships: [
        { organisationId: demo.org(DISTRICT).id, role: 'reporter' },
        { organisationId: demo.org(DINH_BINH).id, role: 'officer' },
      ],
    });
    const client = await app.loginAs(user.username, user.password);
    const systems = await client.get('/api/systems', { query: { limit: 100 } });
    const all = await app.db.select().from(informationSystems);
    const district = demo.subtreeIds(DISTRICT);
    const commune = demo.subtreeIds(DINH_BINH);
    const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();
    expect(systems.json.total).toBeGreaterThanOrEqual(30);
    expect(ids(systems.json.items)).toEqual(ids(all.filter((s) => district.has(s.operatorOrganisationId))));
    const editable = systems.json.items.filter((s: { abilities: { update: boolean } }) => s.abilities.update);
    expect(ids(editable)).toEqual(ids(all.filter((s) => commune.has(s.operatorOrganisationId))));
  });
});

describe('inScope: the range of a path prefix', () => {
  test('"a/b/" ends before "a/b0": after every path under it, before every other', () => {
    expect(prefixEnd('a/b/')).toBe('a/b0');
    expect(['a/b/', 'a/b/c/', 'a/bc/', 'a/b0/', 'a/a/'].filter((p) => p >= 'a/b/' && p < prefixEnd('a/b/'))).toEqual([
      'a/b/',
      'a/b/c/',
    ]);
  });

  test('for every organisation as the root, the rows in scope are those whose path starts with its path', async () => {
    const all = await app.db.select({ id: organisations.id, path: organisations.path }).from(organisations);
    // Two roots at once as well: a membership in one unit and a designation over another.
    const roots = [...all.map((org) => [org.path]), [demo.org(DINH_BINH).path, demo.org(SO_TTTT).path]];
    for (const paths of roots) {
      const actor = {
        grants: paths.map((path) => ({ path, permissions: new Set(['organisation.read']) })),
      } as unknown as Actor;
      const inRange = await app.db
        .select({ id: organisations.id })
        .from(organisations)
        .where(inScope(organisations.path, actor, 'organisation.read'));
      const byLike = await app.db
        .select({ id: organisations.id })
        .from(organisations)
        .where(
          sql.join(
            paths.map((path) => sql`${organisations.path} like ${path + '%'}`),
            sql` or `,
          ),
        );
      const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
      expect(ids(inRange)).toEqual(ids(byLike));
      expect(ids(inRange)).toEqual(ids(all.filter((org) => paths.some((path) => org.path.startsWith(path)))));
    }
    expect(all.length).toBeGreaterThan(30);
  });
});
