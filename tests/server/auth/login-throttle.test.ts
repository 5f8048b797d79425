import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loginAttempts } from '#server/db/schema/index.js';
import { DEMO_PASSWORD } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

let app: TestApp;
let strictUser: RunningApp;
let strictAddress: RunningApp;
// The main app keeps the defaults: 5 failures per user, 30 per address, a 15-minute window.
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  // Other server processes on the same database with tighter limits (fewer scrypt runs per test).
  strictUser = await app.startAnother({ LOGIN_MAX_FAILURES_PER_USER: '2' });
  strictAddress = await app.startAnother({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3' });
});
// Each scenario starts from a clean slate: failures are counted in the shared database.
beforeEach(async () => {
  await app.db.delete(loginAttempts);
});

const fail = async (baseUrl: string, username: string, headers: Record<string, string> = {}) => {
  const res = await app
    .anonymous()
    .against(baseUrl)
    .post('/api/auth/login', {
      body: { username, password: 'Sai-mat-khau-1' },
      headers,
    });
  expect(res.status).toBe(401);
};

describe('per username', () => {
  test('after 5 failed logins the right password answers 429 too', async () => {
    for (let i = 0; i < 5; i++) await fail(app.baseUrl, 'yendinh.cntt');
    const res = await app.anonymous().login('yendinh.cntt', DEMO_PASSWORD);
    expect(res.status).toBe(429);
    expect(res.json.error).toEqual({
      code: 'too_many_attempts',
      message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    });
    expect(res.headers.getSetCookie()).toEqual([]);
    // other people are not locked out by it
    expect((await app.anonymous().login('dinhbinh.cntt', DEMO_PASSWORD)).status).toBe(200);
  });

  test('4 failures still let the right password in', async () => {
    for (let i = 0; i < 4; i++) await fail(app.baseUrl, 'yendinh.cntt');
    expect((await app.anonymous().login('yendinh.cntt', DEMO_PASSWORD)).status).toBe(200);
  });

  test('the username is counted however it is typed (LOGIN_MAX_FAILURES_PER_USER=2)', async () => {
    for (const typed of ['YENDINH.CNTT', ' Yendinh.Cntt ']) await fail(strictUser.baseUrl, typed);
    expect((await app.anonymous().against(strictUser.baseUrl).login('yendinh.cntt', DEMO_PASSWORD)).status).toBe(429);
  });

  test('failures are counted in the database: those made on one server process count on another', async () => {
    for (let i = 0; i < 2; i++) await fail(app.baseUrl, 'yendinh.cntt');
    expect((await app.anonymous().against(strictUser.baseUrl).login('yendinh.cntt', DEMO_PASSWORD)).status).toBe(429);
  });

  test('failures older than the window no longer count', async () => {
    for (let i = 0; i < 2; i++) await fail(strictUser.baseUrl, 'yendinh.cntt');
    expect((await app.anonymous().against(strictUser.baseUrl).login('yendinh.cntt', DEMO_PASSWORD)).status).toBe(429);
    await app.db.update(loginAttempts).set({ at: sql`now() - interval '16 minutes'` });
    expect((await app.anonymous().against(strictUser.baseUrl).login('yendinh.cntt', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('the countdown a failed login carries (attemptsLeft)', () => {
  const failAgainst = (baseUrl: string, username: string) =>
    app.anonymous().against(baseUrl).login(username, 'Sai-mat-khau-1');

  test('counts down to the lockout (LOGIN_MAX_FAILURES_PER_USER=2): 1, 0, then 429', async () => {
    const first = await failAgainst(strictUser.baseUrl, 'yendinh.cntt');
    expect(first.status).toBe(401);
    expect(first.json.error.attemptsLeft).toBe(1);
    expect((await failAgainst(strictUser.baseUrl, 'yendinh.cntt')).json.error.attemptsLeft).toBe(0);
    expect((await failAgainst(strictUser.baseUrl, 'yendinh.cntt')).status).toBe(429);
  });

  test('an unknown username gets the same answers as a real one: the countdown reveals no account', async () => {
    const real = [await failAgainst(app.baseUrl, 'yendinh.cntt'), await failAgainst(app.baseUrl, 'yendinh.cntt')];
    const unknown = [await failAgainst(app.baseUrl, 'khong.ton.tai'), await failAgainst(app.baseUrl, 'khong.ton.tai')];
    expect(real.map((res) => [res.status, res.json])).toEqual(unknown.map((res) => [res.status, res.json]));
    expect(real.map((res) => res.json.error.attemptsLeft)).toEqual([4, 3]);
  });

  test("the address's own limit counts down too when it is the nearer (LOGIN_MAX_FAILURES_PER_ADDRESS=3)", async () => {
    const answers = [];
    for (const username of ['khong.co.7', 'khong.co.8', 'khong.co.9']) {
      answers.push((await failAgainst(strictAddress.baseUrl, username)).json.error.attemptsLeft);
    }
    expect(answers).toEqual([2, 1, 0]);
  });
});

describe('per address (LOGIN_MAX_FAILURES_PER_ADDRESS=3)', () => {
  test('after 3 failures from one address, any username is refused from it', async () => {
    for (const username of ['khong.co.1', 'khong.co.2', 'khong.co.3']) await fail(strictAddress.baseUrl, username);
    const res = await app.anonymous().against(strictAddress.baseUrl).login('dinhbinh.cntt', DEMO_PASSWORD);
    expect(res.status).toBe(429);
    expect(res.json.error.code).toBe('too_many_attempts');
  });

  test('a forged X-Forwarded-For does not give a fresh address (trust proxy is off)', async () => {
    for (const [i, username] of ['khong.co.4', 'khong.co.5', 'khong.co.6'].entries()) {
      await fail(strictAddress.baseUrl, username, { 'x-forwarded-for': `203.0.113.${i + 1}` });
    }
    const res = await app
      .anonymous()
      .against(strictAddress.baseUrl)
      .post('/api/auth/login', {
        body: { username: 'dinhbinh.cntt', password: DEMO_PASSWORD },
        headers: { 'x-forwarded-for': '198.51.100.7' },
      });
    expect(res.status).toBe(429);
  });
});
