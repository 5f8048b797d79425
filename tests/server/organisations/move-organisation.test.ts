import { eq, like } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { dossiers, organisations } from '#server/db/schema/index.js';
import { makeDossier } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, type Demo, type OrganisationRow } from '../../support/demo.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const rowOf = async (id: string) => (await app.db.select().from(organisations).where(eq(organisations.id, id)))[0]!;

/** Định Bình > team > group > cell, and a system operated by the cell. */
async function subtreeUnderDinhBinh() {
  const team = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: 'Tổ chuyển đổi số' });
  const group = await makeOrganisation(app.db, { parent: team, name: 'Nhóm hỗ trợ' });
  const cell = await makeOrganisation(app.db, { parent: group, name: 'Tổ thôn 3' });
  const system = await makeSystem(app.db, { operatorOrganisationId: cell.id, name: 'Hệ thống camera an ninh thôn 3' });
  return { team, group, cell, system };
}

describe('moving a subtree', () => {
  test("rewrites every descendant's path and depth, and visibility follows", async () => {
    const { team, group, cell, system } = await subtreeUnderDinhBinh();
    const dinhCong = demo.org(DINH_CONG);
    const dinhBinhOfficer = await app.as('dinhbinh.cntt');
    const dinhCongOfficer = await makeUser(app.db, { memberships: [{ organisationId: dinhCong.id, role: 'officer' }] });
    const congClient = await app.loginAs(dinhCongOfficer.username, dinhCongOfficer.password);
    expect((await dinhBinhOfficer.get(`/api/systems/${system.id}`)).status).toBe(200);
    expect((await congClient.get(`/api/systems/${system.id}`)).status).toBe(404);

    const admin = await app.as('admin');
    const res = await admin.patch(`/api/organisations/${team.id}`, {
      body: { version: team.version, parentId: dinhCong.id },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ parentId: dinhCong.id, depth: 3, version: team.version + 1 });
    expect(res.json.ancestors.map((a: { name: string }) => a.name).slice(-2)).toEqual([DISTRICT, DINH_CONG]);

    expect(await rowOf(team.id)).toMatchObject({ path: `${dinhCong.path}${team.id}/`, depth: 3 });
    expect(await rowOf(group.id)).toMatchObject({
      path: `${dinhCong.path}${team.id}/${group.id}/`,
      depth: 4,
      parentId: team.id,
    });
    expect(await rowOf(cell.id)).toMatchObject({
      path: `${dinhCong.path}${team.id}/${group.id}/${cell.id}/`,
      depth: 5,
    });
    expect(
      await app.db
        .select()
        .from(organisations)
        .where(like(organisations.path, `${demo.org(DINH_BINH).path}%`)),
    ).toEqual([demo.org(DINH_BINH)]);

    // The system goes with its operator: out of Định Bình's sight, into Định Công's.
    expect((await dinhBinhOfficer.get(`/api/systems/${system.id}`)).status).toBe(404);
    expect((await dinhBinhOfficer.get('/api/organisations')).json.total).toBe(1);
    expect((await congClient.get(`/api/systems/${system.id}`)).status).toBe(200);
    expect((await congClient.get('/api/organisations')).json.total).toBe(4);
    expect(
      (await congClient.get(`/api/organisations/${cell.id}`)).json.ancestors.map((a: { id: string }) => a.id),
    ).toEqual([...dinhCong.path.split('/').filter(Boolean), team.id, group.id]);
  });

  test("a moved unit's dossiers wait in its new parent's inboxes (the stored next actor's path moves)", async () => {
    const { team, cell, system } = await subtreeUnderDinhBinh();
    const draft = await makeDossier(app.db, { operatorOrganisationId: cell.id, systems: [{ systemId: system.id }] });
    const dinhCong = demo.org(DINH_CONG);
    const dinhBinhOfficer = await app.as('dinhbinh.cntt');
    const dinhCongOfficer = await makeUser(app.db, { memberships: [{ organisationId: dinhCong.id, role: 'officer' }] });
    const congClient = await app.loginAs(dinhCongOfficer.username, dinhCongOfficer.password);
    const inboxIds = async (client: typeof congClient) =>
      (await client.get('/api/inbox?limit=100')).json.items.map((item: { id: string }) => item.id);
    expect(await inboxIds(dinhBinhOfficer)).toContain(draft.id);
    expect(await inboxIds(congClient)).not.toContain(draft.id);

    const admin = await app.as('admin');
    const res = await admin.patch(`/api/organisations/${team.id}`, {
      body: { version: team.version, parentId: dinhCong.id },
    });
    expect(res.status).toBe(200);
    const [stored] = await app.db
      .select({ path: dossiers.nextActorPath })
      .from(dossiers)
      .where(eq(dossiers.id, draft.id));
    expect(stored?.path).toBe((await rowOf(cell.id)).path);
    expect(await inboxIds(dinhBinhOfficer)).not.toContain(draft.id);
    expect(await inboxIds(congClient)).toContain(draft.id);
  });

  test('into itself or one of its own descendants answers 400 naming parentId and changes nothing', async () => {
    const { team, group, cell } = await subtreeUnderDinhBinh();
    const admin = await app.as('admin');
    const before = await snapshotTables(app.db);
    for (const target of [team, group, cell] as OrganisationRow[]) {
      const res = await admin.patch(`/api/organisations/${team.id}`, {
        body: { version: team.version, parentId: target.id },
      });
      expect(res.status).toBe(400);
      expect(res.json.error.issues).toEqual([
        { path: 'parentId', message: 'Không thể chuyển đơn vị vào chính nó hoặc một đơn vị cấp dưới của nó.' },
      ]);
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test("to a parent outside the admin's scope answers 400 naming parentId and changes nothing", async () => {
    const { team } = await subtreeUnderDinhBinh();
    const communeAdmin = await makeUser(app.db, {
      memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
    });
    const client = await app.loginAs(communeAdmin.username, communeAdmin.password);
    const before = await snapshotTables(app.db);
    const res = await client.patch(`/api/organisations/${team.id}`, {
      body: { version: team.version, parentId: demo.org(DINH_CONG).id },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].path).toBe('parentId');
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('a stale version moves nothing', async () => {
    const { team, group } = await subtreeUnderDinhBinh();
    const admin = await app.as('admin');
    const before = await snapshotTables(app.db);
    const res = await admin.patch(`/api/organisations/${team.id}`, {
      body: { version: team.version + 5, parentId: demo.org(DINH_CONG).id },
    });
    expect(res.status).toBe(409);
    expect(await snapshotTables(app.db)).toEqual(before);
    expect((await rowOf(group.id)).path.startsWith(demo.org(DINH_BINH).path)).toBe(true);
  });
});
