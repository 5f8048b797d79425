import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { memberships } from '#server/db/schema/index.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { createActivePerson, createPerson, NEW_PASSWORD, userEvents } from './accounts.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const at = (name: string, role: string) => ({ organisationId: demo.org(name).id, role });
const grant = (client: Awaited<ReturnType<TestApp['as']>>, userId: string, body: object) =>
  client.post(`/api/users/${userId}/memberships`, { body });
const revoke = (client: Awaited<ReturnType<TestApp['as']>>, userId: string, membershipId: string) =>
  client.request('DELETE', `/api/users/${userId}/memberships/${membershipId}`);

async function communeAdmin(username: string) {
  const made = await makeUser(app.db, { username, memberships: [at(DINH_BINH, 'admin') as never] });
  return { id: made.id, client: await app.loginAs(username, made.password) };
}

describe('granting roles', () => {
  test('a commune administrator grants roles in its commune, admin included, with an audit event', async () => {
    const { client } = await communeAdmin('dinhbinh.cap1');
    const { user } = await createPerson(client, [at(DINH_BINH, 'officer')]);
    const res = await grant(client, user.id, at(DINH_BINH, 'admin'));
    expect(res.status, res.text).toBe(201);
    expect(res.json.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'officer']);
    const event = (await userEvents(app.db, user.id)).at(-1)!;
    expect(event).toMatchObject({ action: 'grantRole', organisationId: demo.org(DINH_BINH).id });
    expect(event.after).toEqual({ membershipId: expect.any(String), ...at(DINH_BINH, 'admin') });

    const again = await grant(client, user.id, at(DINH_BINH, 'admin'));
    expect(again.status).toBe(409);
    expect(again.json.error.issues[0].message).toBe('Người dùng đã có vai trò này tại đơn vị này.');
  });

  test('nor outside its commune, nor admin above itself: 400 naming the organisation, nothing changes', async () => {
    const { client } = await communeAdmin('dinhbinh.cap2');
    const { user } = await createPerson(client, [at(DINH_BINH, 'officer')]);
    const before = await snapshotTables(app.db);
    for (const body of [
      at(DINH_CONG, 'officer'),
      at(DISTRICT, 'admin'),
      at(PROVINCE, 'admin'),
      at(DISTRICT, 'reporter'),
    ]) {
      const res = await grant(client, user.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.issues).toEqual([
        { path: 'organisationId', message: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.' },
      ]);
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('only administrators grant roles: to anyone else no person exists (404) and nothing changes', async () => {
    const person = await demo.userId('dinhbinh.cntt');
    const before = await snapshotTables(app.db);
    for (const username of ['dinhbinh.cntt', 'yendinh.cntt', 'sotttt.lanhdao', 'yendinh.tonghop']) {
      const client = await app.as(username);
      const res = await grant(client, person, at(DINH_BINH, 'admin'));
      expect(res.status, username).toBe(404);
    }
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('someone of another commune does not exist for a commune administrator: 404 like a random id', async () => {
    const { client } = await communeAdmin('dinhbinh.cap3');
    const admin = await app.as('admin');
    const { user } = await createPerson(admin, [at(DINH_CONG, 'officer')]);
    const res = await grant(client, user.id, at(DINH_BINH, 'officer'));
    const random = await grant(client, crypto.randomUUID(), at(DINH_BINH, 'officer'));
    expect(res.status).toBe(404);
    expect(res.json).toEqual(random.json);
  });
});

describe('revoking roles', () => {
  test("a person's only role is not revoked (deactivate instead): 409 in Vietnamese", async () => {
    const admin = await app.as('admin');
    const { user } = await createPerson(admin, [at(DINH_BINH, 'officer')]);
    const res = await revoke(admin, user.id, user.memberships[0].id);
    expect(res.status).toBe(409);
    expect(res.json.error).toMatchObject({ code: 'conflict', issues: [{ path: 'membershipId' }] });
    expect(res.json.error.issues[0].message).toMatch(/^Đây là vai trò duy nhất/);
  });

  test('a revocation is recorded; a role the caller does not administer answers 404', async () => {
    const { client } = await communeAdmin('dinhbinh.cap4');
    const admin = await app.as('admin');
    const { user } = await createPerson(admin, [
      at(DINH_BINH, 'officer'),
      at(DISTRICT, 'reporter'),
      at(DINH_BINH, 'reporter'),
    ]);
    const ids = Object.fromEntries(
      (await app.db.select().from(memberships).where(eq(memberships.userId, user.id))).map((m) => [
        `${m.organisationId === demo.org(DISTRICT).id ? 'district' : 'commune'}.${m.role}`,
        m.id,
      ]),
    );
    const foreign = await revoke(client, user.id, ids['district.reporter']!);
    expect(foreign.status).toBe(404);
    const res = await revoke(client, user.id, ids['commune.reporter']!);
    expect(res.status, res.text).toBe(200);
    // The commune's administrator sees only the roles held in the commune.
    expect(res.json.memberships.map((m: { role: string }) => m.role)).toEqual(['officer']);
    const event = (await userEvents(app.db, user.id)).at(-1)!;
    expect(event).toMatchObject({ action: 'revokeRole', after: null });
    expect(event.before).toEqual({ membershipId: ids['commune.reporter'], ...at(DINH_BINH, 'reporter') });
  });

  test('the last administrator of the province cannot be removed; once another can log in, it can', async () => {
    const admin = await app.as('admin');
    const adminId = await demo.userId('admin');
    const added = await grant(admin, adminId, at(PROVINCE, 'reporter'));
    expect(added.status, added.text).toBe(201);
    const adminRole = added.json.memberships.find((m: { role: string }) => m.role === 'admin');

    const refused = await revoke(admin, adminId, adminRole.id);
    expect(refused.status).toBe(409);
    expect(refused.json.error.issues).toEqual([
      {
        path: 'membershipId',
        message:
          'Ủy ban nhân dân tỉnh Thanh Hóa sẽ không còn quản trị viên nào (đang hoạt động) ở đơn vị này hoặc ' +
          'cấp trên. Hãy giao vai trò quản trị cho người khác trước.',
      },
    ]);
    // A second administrator who has not activated their account yet cannot administer anything: still refused.
    const { user: waiting } = await createPerson(admin, [at(PROVINCE, 'admin')]);
    expect((await revoke(admin, adminId, adminRole.id)).status).toBe(409);
    // Once someone else can log in as an administrator there, the first may step down.
    const second = await createActivePerson(admin, app.anonymous(), [at(PROVINCE, 'admin')]);
    const res = await revoke(admin, adminId, adminRole.id);
    expect(res.status, res.text).toBe(200);
    expect(waiting.activated).toBe(false);
    // The other tests of this file need the demo's administrator back.
    const secondClient = await app.loginAs(second.username, NEW_PASSWORD);
    expect((await grant(secondClient, adminId, at(PROVINCE, 'admin'))).status).toBe(201);
  });

  test("a commune's only administrator may go while the province's covers the commune", async () => {
    const { id } = await communeAdmin('dinhbinh.cap5');
    const admin = await app.as('admin');
    expect((await grant(admin, id, at(DINH_BINH, 'officer'))).status).toBe(201);
    const adminRole = (await app.db.select().from(memberships).where(eq(memberships.userId, id))).find(
      (m) => m.role === 'admin',
    )!;
    expect((await revoke(admin, id, adminRole.id)).status).toBe(200);
  });

  test('the two administrators of a top-level unit revoking each other at once: exactly one stays', async () => {
    const root = await makeOrganisation(app.db, { parent: null, kind: 'province', name: 'Ủy ban nhân dân tỉnh Thử' });
    const both = [
      { organisationId: root.id, role: 'admin' as const },
      { organisationId: root.id, role: 'reporter' as const },
    ];
    const [a, b] = [await makeUser(app.db, { memberships: both }), await makeUser(app.db, { memberships: both })];
    const [clientA, clientB] = [await app.loginAs(a.username, a.password), await app.loginAs(b.username, b.password)];
    const adminRoleOf = async (userId: string) =>
      (await app.db.select().from(memberships).where(eq(memberships.userId, userId))).find((m) => m.role === 'admin')!;
    const [roleA, roleB] = [await adminRoleOf(a.id), await adminRoleOf(b.id)];
    const answers = await Promise.all([revoke(clientA, b.id, roleB.id), revoke(clientB, a.id, roleA.id)]);
    // The one that came second finds itself the last administrator (409), or no longer one at all (404).
    expect(answers.filter((res) => res.status === 200)).toHaveLength(1);
    expect(answers.map((res) => res.status).sort()[1]).toBeOneOf([404, 409]);
    const admins = await app.db.select().from(memberships).where(eq(memberships.organisationId, root.id));
    expect(admins.filter((m) => m.role === 'admin')).toHaveLength(1);
  });
});
