import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { accountLinks } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DEMO_PASSWORD, DINH_BINH, DINH_CONG, DISTRICT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { createActivePerson, createPerson, NEW_PASSWORD, userEvents } from './accounts.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const at = (name: string, role: 'officer' | 'admin' | 'reporter') => ({ organisationId: demo.org(name).id, role });

describe('PATCH /api/users/:id', () => {
  test('edits the fields with the version it was based on, recording only what changed', async () => {
    const admin = await app.as('admin');
    const { user } = await createPerson(admin, [at(DINH_BINH, 'officer')]);
    const res = await admin.patch(`/api/users/${user.id}`, {
      body: { version: user.version, fullName: 'Nguyễn Thị Đã Sửa', title: 'Phó Chủ tịch', email: user.email },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ fullName: 'Nguyễn Thị Đã Sửa', title: 'Phó Chủ tịch', version: 2 });
    const event = (await userEvents(app.db, user.id)).at(-1)!;
    expect(event).toMatchObject({ action: 'update', organisationId: demo.org(DINH_BINH).id });
    expect(event.before).toEqual({ fullName: user.fullName, title: 'Chuyên viên' });
    expect(event.after).toEqual({ fullName: 'Nguyễn Thị Đã Sửa', title: 'Phó Chủ tịch' });

    const stale = await admin.patch(`/api/users/${user.id}`, { body: { version: user.version, phone: '0912345678' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('stale_version');
    expect((await admin.get(`/api/users/${user.id}`)).json.phone).toBe(user.phone);
  });

  test('a username taken by someone else is refused, naming the field', async () => {
    const admin = await app.as('admin');
    const { user } = await createPerson(admin, [at(DINH_BINH, 'officer')]);
    const res = await admin.patch(`/api/users/${user.id}`, {
      body: { version: user.version, username: 'yendinh.cntt' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['username']);
  });

  test("deactivation ends the person's open session at its next request; reactivation lets them in again", async () => {
    const admin = await app.as('admin');
    const person = await createActivePerson(admin, app.anonymous(), [at(DINH_BINH, 'officer')]);
    const session = await app.loginAs(person.username, NEW_PASSWORD);
    expect((await session.get('/api/auth/me')).status).toBe(200);

    const version = (await admin.get(`/api/users/${person.id}`)).json.version as number;
    const res = await admin.patch(`/api/users/${person.id}`, { body: { version, active: false } });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ active: false, abilities: { reactivate: true, deactivate: false } });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await session.get('/api/systems')).status).toBe(401);
    expect((await app.anonymous().login(person.username, NEW_PASSWORD)).status).toBe(401);
    const deactivated = (await userEvents(app.db, person.id)).at(-1)!;
    expect(deactivated).toMatchObject({ action: 'deactivate', before: { active: true } });
    expect(deactivated.after).toEqual({ active: false, sessionsEnded: 1 });

    const back = await admin.patch(`/api/users/${person.id}`, { body: { version: version + 1, active: true } });
    expect(back.status, back.text).toBe(200);
    expect(back.json.active).toBe(true);
    expect((await app.anonymous().login(person.username, NEW_PASSWORD)).status).toBe(200);
    expect((await userEvents(app.db, person.id)).at(-1)).toMatchObject({
      action: 'reactivate',
      after: { active: true },
    });
  });

  test('deactivation voids the unused activation link', async () => {
    const admin = await app.as('admin');
    const { user, token } = await createPerson(admin, [at(DINH_BINH, 'officer')]);
    expect((await admin.patch(`/api/users/${user.id}`, { body: { version: 1, active: false } })).status).toBe(200);
    expect(await app.db.select().from(accountLinks).where(eq(accountLinks.userId, user.id))).toEqual([]);
    expect((await admin.patch(`/api/users/${user.id}`, { body: { version: 2, active: true } })).status).toBe(200);
    const used = await app.anonymous().post('/api/auth/activate', { body: { token, password: NEW_PASSWORD } });
    expect(used.status).toBe(400);
  });

  test('an administrator cannot deactivate themselves: 409 in Vietnamese, nothing changes', async () => {
    const made = await makeUser(app.db, { username: 'dinhbinh.tuquan', memberships: [at(DINH_BINH, 'admin')] });
    const client = await app.loginAs(made.username, made.password);
    const before = await snapshotTables(app.db);
    const res = await client.patch(`/api/users/${made.id}`, { body: { version: 1, active: false } });
    expect(res.status).toBe(409);
    expect(res.json.error.issues).toEqual([
      { path: 'active', message: 'Bạn không thể tự khóa tài khoản của chính mình.' },
    ]);
    expect(await snapshotTables(app.db)).toEqual(before);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  test('a commune administrator sees a person also holding a district role but cannot change the account', async () => {
    const made = await makeUser(app.db, { username: 'dinhbinh.qt', memberships: [at(DINH_BINH, 'admin')] });
    const client = await app.loginAs(made.username, made.password);
    const person = await makeUser(app.db, { memberships: [at(DINH_BINH, 'officer'), at(DISTRICT, 'reporter')] });
    const seen = await client.get(`/api/users/${person.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.memberships.map((m: { organisationId: string }) => m.organisationId)).toEqual([
      demo.org(DINH_BINH).id,
    ]);
    expect(seen.json.abilities).toMatchObject({ update: false, deactivate: false, issueResetLink: false });
    const before = await snapshotTables(app.db);
    for (const body of [
      { version: 1, active: false },
      { version: 1, fullName: 'Đổi tên' },
    ]) {
      expect((await client.patch(`/api/users/${person.id}`, { body })).status).toBe(403);
    }
    expect((await client.post(`/api/users/${person.id}/reset-link`)).status).toBe(403);
    expect(await snapshotTables(app.db)).toEqual(before);
    expect((await app.anonymous().login(person.username, person.password)).status).toBe(200);
  });

  test('people of other units do not exist for a commune administrator: 404 like a random id', async () => {
    const made = await makeUser(app.db, { username: 'dinhbinh.qt2', memberships: [at(DINH_BINH, 'admin')] });
    const client = await app.loginAs(made.username, made.password);
    const other = await makeUser(app.db, { memberships: [at(DINH_CONG, 'officer')] });
    const random = await client.get(`/api/users/${crypto.randomUUID()}`);
    expect(random.status).toBe(404);
    for (const id of [other.id, await demo.userId('admin'), await demo.userId('yendinh.cntt')]) {
      expect((await client.get(`/api/users/${id}`)).json).toEqual(random.json);
      const res = await client.patch(`/api/users/${id}`, { body: { version: 1, active: false } });
      expect(res.status).toBe(404);
    }
    expect((await app.anonymous().login('yendinh.cntt', DEMO_PASSWORD)).status).toBe(200);
  });
});
