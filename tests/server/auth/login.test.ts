import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { sessions, users } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DEMO_PASSWORD, DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

// A first failure for each username here: 4 more before the fifth locks it out (LOGIN_MAX_FAILURES_PER_USER=5).
const WRONG_CREDENTIALS = {
  error: { code: 'invalid_credentials', message: 'Tên đăng nhập hoặc mật khẩu không đúng.', attemptsLeft: 4 },
};

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

describe('POST /api/auth/login', () => {
  test('sets an HttpOnly, SameSite=Strict session cookie and returns the user and a CSRF token', async () => {
    const client = app.anonymous();
    const res = await client.post('/api/auth/login', { body: { username: 'dinhbinh.cntt', password: DEMO_PASSWORD } });
    expect(res.status).toBe(200);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^capdo_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(cookie).toMatch(/;\s*Expires=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);

    expect(res.json.user).toEqual({
      id: await demo.userId('dinhbinh.cntt'),
      username: 'dinhbinh.cntt',
      fullName: 'Phạm Văn Bình',
      memberships: [{ organisationId: demo.org(DINH_BINH).id, organisationName: DINH_BINH, role: 'officer' }],
    });
    expect(res.json.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.text).not.toContain('passwordHash');
  });

  test('marks the cookie Secure when COOKIE_SECURE=true', async () => {
    const secure = await app.startAnother({ COOKIE_SECURE: 'true' });
    const res = await app
      .anonymous()
      .against(secure.baseUrl)
      .post('/api/auth/login', { body: { username: 'dinhbinh.cntt', password: DEMO_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
  });

  test('accepts the username in any case and with surrounding spaces', async () => {
    const res = await app.anonymous().login('  DinhBinh.CNTT ', DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.json.user.username).toBe('dinhbinh.cntt');
  });

  test('a wrong password answers 401 with the Vietnamese message and no cookie', async () => {
    const before = await app.db.select().from(sessions);
    const res = await app.anonymous().login('yendinh.cntt', 'YenDinh@2024');
    expect(res.status).toBe(401);
    expect(res.json).toEqual(WRONG_CREDENTIALS);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await app.db.select().from(sessions)).toHaveLength(before.length);
  });

  test('an unknown username answers exactly like a wrong password', async () => {
    const res = await app.anonymous().login('khong.ton.tai', DEMO_PASSWORD);
    expect(res.status).toBe(401);
    expect(res.json).toEqual(WRONG_CREDENTIALS);
  });

  test('a disabled account cannot log in, even with its right password', async () => {
    const user = await makeUser(app.db, { username: 'da.nghi.viec', disabled: true });
    const res = await app.anonymous().login(user.username, user.password);
    expect(res.status).toBe(401);
    expect(res.json).toEqual(WRONG_CREDENTIALS);
  });

  test('a disabled account loses the session it already had', async () => {
    const user = await makeUser(app.db, { username: 'sap.nghi.viec' });
    const client = await app.loginAs(user.username, user.password);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await app.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  test('a NUL character in the username is a client mistake: 400 or 401, never 500', async () => {
    const res = await app.anonymous().login('ad\u0000min', DEMO_PASSWORD);
    expect([400, 401]).toContain(res.status);
  });

  test('missing fields answer 400 naming each of them', async () => {
    const res = await app.anonymous().post('/api/auth/login', { body: {} });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['password', 'username']);
    expect(res.json.error.issues[0].message).toBe('Trường này là bắt buộc.');
  });
});

describe('GET /api/auth/me', () => {
  test('returns the logged-in user and the same CSRF token', async () => {
    const client = await app.loginAs('yendinh.tonghop');
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(200);
    expect(res.json.user.username).toBe('yendinh.tonghop');
    expect(res.json.user.memberships).toEqual([
      expect.objectContaining({ organisationName: 'Ủy ban nhân dân huyện Yên Định', role: 'reporter' }),
    ]);
    expect(res.json.csrfToken).toBe(client.csrfToken);
  });

  test('answers 401 without a session, and with a made-up cookie', async () => {
    const anonymous = await app.anonymous().get('/api/auth/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error).toEqual({
      code: 'unauthenticated',
      message: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    });
    const forged = app.anonymous();
    forged.cookie = 'forged-session-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    expect((await forged.get('/api/auth/me')).status).toBe(401);
  });

  test('a malformed session cookie (bad percent-encoding) answers 401, never 500', async () => {
    for (const cookie of [
      'capdo_session=%zz',
      'capdo_session=%E0%A4%A',
      'capdo_session=',
      'other=1; capdo_session=%',
    ]) {
      const res = await app.anonymous().get('/api/auth/me', { headers: { cookie } });
      expect(res.status, cookie).toBe(401);
      expect(res.json.error.code).toBe('unauthenticated');
    }
  });
});
