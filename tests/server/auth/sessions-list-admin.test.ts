import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { auditEvents, memberships, sessions } from '#server/db/schema/index.js';
import { makeCommuneAdmin } from '../../factories/users.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/** DELETE /api/users/:id/sessions: an administrator ends every session of a person they administer. */
let app: TestApp;
let demo: Demo;
let communeAdminPassword = '';
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  communeAdminPassword = await makeCommuneAdmin(app.db, demo, 'dinhbinh.quantri');
});

const sessionCount = async (userId: string) =>
  (await app.db.select().from(sessions).where(eq(sessions.userId, userId))).length;
const answerOf = (res: { status: number; json: unknown }) => ({ status: res.status, json: res.json });

test("the province's administrator ends every session of a person: each one's next request answers 401", async () => {
  const atDesk = await app.loginAs('yendinh.cntt');
  const onPhone = await app.loginAs('yendinh.cntt');
  const userId = await demo.userId('yendinh.cntt');
  const admin = await app.loginAs('admin');

  const res = await admin.request('DELETE', `/api/users/${userId}/sessions`);
  expect(res.status, res.text).toBe(200);
  expect(res.json).toEqual({ ended: 2 });
  expect((await atDesk.get('/api/auth/me')).status).toBe(401);
  expect((await onPhone.get('/api/auth/me')).status).toBe(401);
  expect(await sessionCount(userId)).toBe(0);
  expect((await admin.get('/api/auth/me')).status).toBe(200); // the administrator's own session goes on

  const [event] = await app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'session'), eq(auditEvents.entityId, userId)));
  expect(event).toMatchObject({
    action: 'endAllOfUser',
    actorUserId: admin.user!.id,
    organisationId: demo.org('Ủy ban nhân dân huyện Yên Định').id,
    before: null,
    after: { ended: 2 },
  });
});

test("a commune's administrator ends the sessions of people of the commune", async () => {
  const officer = await app.loginAs('dinhbinh.cntt');
  const communeAdmin = await app.loginAs('dinhbinh.quantri', communeAdminPassword);
  const res = await communeAdmin.request('DELETE', `/api/users/${officer.user!.id}/sessions`);
  expect(res.status, res.text).toBe(200);
  expect(res.json.ended).toBeGreaterThanOrEqual(1);
  expect((await officer.get('/api/auth/me')).status).toBe(401);
});

test("someone outside the caller's administration answers like an id nobody has; no session ends", async () => {
  const communeAdmin = await app.loginAs('dinhbinh.quantri', communeAdminPassword);
  const officer = await app.loginAs('yendinh.cntt'); // works for the district, above the commune
  const reporter = await app.loginAs('yendinh.tonghop'); // reporters administer nobody
  const nobody = await communeAdmin.request('DELETE', `/api/users/${crypto.randomUUID()}/sessions`);
  expect(nobody.status).toBe(404);

  for (const username of ['yendinh.cntt', 'ttdvnn.cntt', 'sotttt.thamdinh', 'admin']) {
    const userId = await demo.userId(username);
    const before = await sessionCount(userId);
    const res = await communeAdmin.request('DELETE', `/api/users/${userId}/sessions`);
    expect(answerOf(res), username).toEqual(answerOf(nobody));
    expect(await sessionCount(userId)).toBe(before);
  }
  const byReporter = await reporter.request('DELETE', `/api/users/${await demo.userId('dinhbinh.cntt')}/sessions`);
  expect(answerOf(byReporter)).toEqual(
    answerOf(await reporter.request('DELETE', `/api/users/${crypto.randomUUID()}/sessions`)),
  );
  expect((await officer.get('/api/auth/me')).status).toBe(200);
});

test("an administrator above the caller is not the caller's to log out, even with a role below: 403", async () => {
  const provinceAdminId = await demo.userId('admin');
  await app.db
    .insert(memberships)
    .values({ userId: provinceAdminId, organisationId: demo.org(DINH_BINH).id, role: 'reporter' });
  const provinceAdmin = await app.loginAs('admin');
  const communeAdmin = await app.loginAs('dinhbinh.quantri', communeAdminPassword);
  const res = await communeAdmin.request('DELETE', `/api/users/${provinceAdminId}/sessions`);
  expect(res.status).toBe(403);
  expect(res.json.error.code).toBe('forbidden');
  expect((await provinceAdmin.get('/api/auth/me')).status).toBe(200);
});

test('without the CSRF header: 403 and the sessions live on', async () => {
  const officer = await app.loginAs('ttdvnn.cntt');
  const admin = await app.loginAs('admin');
  const res = await admin.request('DELETE', `/api/users/${officer.user!.id}/sessions`, { csrf: false });
  expect(res.status).toBe(403);
  expect(res.json.error.code).toBe('csrf_failed');
  expect((await officer.get('/api/auth/me')).status).toBe(200);
});
