import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { accountLinks, users } from '#server/db/schema/index.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { createActivePerson, createPerson, NEW_PASSWORD, tokenOf, userEvents } from '../users/accounts.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const commune = () => [{ organisationId: demo.org(DINH_BINH).id, role: 'officer' }];
const use = (path: '/api/auth/activate' | '/api/auth/reset', token: string, password = NEW_PASSWORD) =>
  app.anonymous().post(path, { body: { token, password } });
const LINK_REFUSED = [
  {
    path: 'token',
    message:
      'Liên kết không hợp lệ, đã hết hạn hoặc đã được dùng. Hãy đề nghị quản trị viên cấp cho bạn một liên kết mới.',
  },
];

describe('POST /api/auth/activate', () => {
  test('sets the first password once: login works after it, the link never again', async () => {
    const { user, token } = await createPerson(await app.as('admin'), commune());
    const res = await use('/api/auth/activate', token);
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ ok: true, username: user.username });
    expect((await app.anonymous().login(user.username, NEW_PASSWORD)).status).toBe(200);

    const again = await use('/api/auth/activate', token, 'Một-mật-khẩu-khác-9');
    expect(again.status).toBe(400);
    expect(again.json.error.issues).toEqual(LINK_REFUSED);
    expect((await app.anonymous().login(user.username, 'Một-mật-khẩu-khác-9')).status).toBe(401);

    const [row] = await app.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.activatedAt).not.toBeNull();
    const events = await userEvents(app.db, user.id);
    expect(events.at(-1)).toMatchObject({ action: 'activate', actorUserId: user.id, before: null, after: null });
    expect(JSON.stringify(events)).not.toContain(token);
    expect((await (await app.as('admin')).get(`/api/users/${user.id}`)).json.activated).toBe(true);
  });

  test('an expired link is refused, and a made-up or reset link does not activate', async () => {
    const { user, token } = await createPerson(await app.as('admin'), commune());
    await app.db
      .update(accountLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountLinks.userId, user.id));
    expect((await use('/api/auth/activate', token)).json.error.issues).toEqual(LINK_REFUSED);
    expect((await use('/api/auth/activate', 'A'.repeat(43))).status).toBe(400);
    expect((await use('/api/auth/reset', token)).status).toBe(400);
    expect((await app.anonymous().login(user.username, NEW_PASSWORD)).status).toBe(401);
  });

  test('the password policy applies and a refused password leaves the link usable', async () => {
    const { token } = await createPerson(await app.as('admin'), commune());
    const weak = await use('/api/auth/activate', token, 'ngan');
    expect(weak.status).toBe(400);
    expect(weak.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['password', 'password']);
    expect((await use('/api/auth/activate', token)).status).toBe(200);
  });

  test('a new activation link voids the older one', async () => {
    const admin = await app.as('admin');
    const { user, token: first } = await createPerson(admin, commune());
    const res = await admin.post(`/api/users/${user.id}/activation-link`);
    expect(res.status, res.text).toBe(200);
    const second = tokenOf(res.json.activationUrl as string);
    expect(second).not.toBe(first);
    expect((await use('/api/auth/activate', first)).status).toBe(400);
    expect((await use('/api/auth/activate', second)).status).toBe(200);
    expect((await userEvents(app.db, user.id)).map((e) => e.action)).toEqual([
      'create',
      'issueActivationLink',
      'issueActivationLink',
      'activate',
    ]);
    // Once activated, no more activation links: a reset link is the way.
    const refused = await admin.post(`/api/users/${user.id}/activation-link`);
    expect(refused.status).toBe(409);
  });

  test('a deactivated account cannot be activated with its link', async () => {
    const admin = await app.as('admin');
    const { user, token } = await createPerson(admin, commune());
    // Keep the link (deactivation would delete it) and mark the account disabled behind the API's back.
    await app.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect((await use('/api/auth/activate', token)).status).toBe(400);
  });
});

describe('POST /api/users/:id/reset-link and POST /api/auth/reset', () => {
  test('a reset link works once within a day, stored hashed, and ends every session of the person', async () => {
    const admin = await app.as('admin');
    const person = await createActivePerson(admin, app.anonymous(), commune());
    const session = await app.loginAs(person.username, NEW_PASSWORD);
    const issued = await admin.post(`/api/users/${person.id}/reset-link`);
    expect(issued.status, issued.text).toBe(200);
    const url = new URL(issued.json.resetUrl as string);
    expect(url.pathname).toBe('/reset-password');
    const token = tokenOf(issued.json.resetUrl as string);
    const hours = (Date.parse(issued.json.expiresAt as string) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const [link] = await app.db
      .select()
      .from(accountLinks)
      .where(eq(accountLinks.tokenHash, createHash('sha256').update(token).digest('hex')));
    expect(link).toMatchObject({ userId: person.id, purpose: 'reset', usedAt: null });

    const res = await use('/api/auth/reset', token, 'Mật-khẩu-đặt-lại-7');
    expect(res.status, res.text).toBe(200);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await app.anonymous().login(person.username, NEW_PASSWORD)).status).toBe(401);
    expect((await app.anonymous().login(person.username, 'Mật-khẩu-đặt-lại-7')).status).toBe(200);
    expect((await use('/api/auth/reset', token, 'Lần-thứ-hai-dùng-8')).status).toBe(400);

    const events = await userEvents(app.db, person.id);
    expect(events.map((e) => e.action).slice(-2)).toEqual(['issueResetLink', 'resetPassword']);
    expect(events.at(-1)!.after).toEqual({ sessionsEnded: 1 });
    expect(JSON.stringify(events)).not.toMatch(/scrypt|Mật-khẩu/);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  test('no link for oneself, for an account not yet activated, or for a deactivated one: 409', async () => {
    const admin = await app.as('admin');
    const self = await admin.post(`/api/users/${await demo.userId('admin')}/reset-link`);
    expect(self.status).toBe(409);
    expect(self.json.error.issues[0].message).toMatch(/trình đơn cá nhân/);
    const { user } = await createPerson(admin, commune());
    expect((await admin.post(`/api/users/${user.id}/reset-link`)).status).toBe(409);
    await admin.patch(`/api/users/${user.id}`, { body: { version: 1, active: false } });
    expect((await admin.post(`/api/users/${user.id}/activation-link`)).status).toBe(409);
  });
});
