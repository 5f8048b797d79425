import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { auditEvents, loginAttempts } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DEMO_PASSWORD } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

// The defaults: 5 failures per account, 30 per address, a 15-minute window; so the account's delay
// grows 1 s, 2 s, 4 s … up to 15 min / 5 = 3 minutes.
let app: TestApp;
// Behind a proxy on loopback, so each test request can come "from" the address it names.
let proxied: RunningApp;
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  proxied = await app.startAnother({ TRUST_PROXY: 'loopback' });
});
beforeEach(async () => {
  await app.db.delete(loginAttempts);
});

const ATTACKER = '203.0.113.66';
const OWNER = '198.51.100.20';

const loginFrom = (address: string, username: string, password: string, client?: ApiClient) =>
  (client ?? app.anonymous().against(proxied.baseUrl)).post('/api/auth/login', {
    body: { username, password },
    headers: { 'x-forwarded-for': address },
    csrf: false,
  });
/** Time passes: every recorded attempt moves that many seconds into the past. */
const secondsPass = (seconds: number) =>
  app.db.update(loginAttempts).set({ at: sql`${loginAttempts.at} - (${seconds}::int * interval '1 second')` });
const retryAfter = (res: { headers: Headers }) => Number(res.headers.get('retry-after'));

describe('an attacker cannot lock the owner out for long', () => {
  test('failures from one address lock out that address only: the owner elsewhere waits a second', async () => {
    const owner = 'yendinh.cntt';
    for (let i = 0; i < 5; i++) expect((await loginFrom(ATTACKER, owner, `Sai-mat-khau-${i}`)).status).toBe(401);

    // The attacker's address is refused for the rest of the window, even with the right password.
    const attacker = await loginFrom(ATTACKER, owner, DEMO_PASSWORD);
    expect(attacker.status).toBe(429);
    expect(retryAfter(attacker)).toBeGreaterThan(14 * 60);

    // The owner, from another address, waits at most a second after the attacker's last failure.
    const atOnce = await loginFrom(OWNER, owner, DEMO_PASSWORD);
    if (atOnce.status === 429) expect(atOnce.headers.get('retry-after')).toBe('1');
    else expect(atOnce.status).toBe(200);
    await secondsPass(2);
    expect((await loginFrom(OWNER, owner, DEMO_PASSWORD)).status).toBe(200);
    expect((await loginFrom(ATTACKER, owner, DEMO_PASSWORD)).status).toBe(429);
  });

  const failuresFromMany = (username: string, count: number, latestSecondsAgo: number) =>
    app.db.insert(loginAttempts).values(
      Array.from({ length: count }, (_, i) => ({
        username,
        ip: `203.0.113.${i + 1}`,
        succeeded: false,
        at: new Date(Date.now() - (latestSecondsAgo + i) * 1000),
      })),
    );

  test('failures from many addresses make each next attempt wait longer: 8 failures, 8 seconds', async () => {
    await failuresFromMany('yendinh.cntt', 8, 5);
    const early = await loginFrom(OWNER, 'yendinh.cntt', DEMO_PASSWORD);
    expect(early.status).toBe(429);
    expect(retryAfter(early)).toBeGreaterThanOrEqual(2);
    expect(retryAfter(early)).toBeLessThanOrEqual(3);
    expect(early.json.error.message).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.');
    await secondsPass(4);
    expect((await loginFrom(OWNER, 'yendinh.cntt', DEMO_PASSWORD)).status).toBe(200);
  });

  test('however many failures, the wait is at most the window / LOGIN_MAX_FAILURES_PER_USER (3 min)', async () => {
    await failuresFromMany('yendinh.cntt', 60, 170);
    const early = await loginFrom(OWNER, 'yendinh.cntt', DEMO_PASSWORD);
    expect(early.status).toBe(429);
    expect(retryAfter(early)).toBeLessThanOrEqual(10);
    await secondsPass(11);
    expect((await loginFrom(OWNER, 'yendinh.cntt', DEMO_PASSWORD)).status).toBe(200);
  });
});

describe('the owner is told', () => {
  test('the next login, and /me in its session, say how many wrong passwords were typed and when', async () => {
    const user = await makeUser(app.db);
    for (let i = 0; i < 3; i++) {
      expect((await loginFrom(`203.0.113.${10 + i}`, user.username, `Sai-mat-khau-${i}`)).status).toBe(401);
    }
    const [last] = await app.db
      .select({ at: sql<string>`max(${loginAttempts.at})` })
      .from(loginAttempts)
      .where(eq(loginAttempts.username, user.username));
    const told = { count: 3, lastAt: new Date(last!.at).toISOString() };

    const client = app.anonymous().against(proxied.baseUrl);
    const login = await loginFrom(OWNER, user.username, user.password, client);
    expect(login.status).toBe(200);
    expect(login.json.failedAttempts).toEqual(told);
    const me = await client.get('/api/auth/me');
    expect(me.json.failedAttempts).toEqual(told);

    // Told once: the login after that has nothing to tell.
    const next = await loginFrom(OWNER, user.username, user.password);
    expect(next.status).toBe(200);
    expect(next.json).not.toHaveProperty('failedAttempts');
  });

  test('reaching the limit writes one audit event against the user, from the address that reached it', async () => {
    const user = await makeUser(app.db);
    const throttled = () =>
      app.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, 'loginThrottled')));
    for (let i = 0; i < 4; i++) await loginFrom(`203.0.113.${20 + (i % 2)}`, user.username, `Sai-${i}`);
    expect(await throttled()).toEqual([]);
    expect((await loginFrom('203.0.113.22', user.username, 'Sai-4')).status).toBe(401);

    const events = await throttled();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: 'user',
      actorUserId: null,
      actorIp: '203.0.113.22',
      before: null,
      after: { failures: 5, addresses: 3, windowMinutes: 15 },
    });
    await secondsPass(2);
    const login = await loginFrom(OWNER, user.username, user.password);
    expect(login.json.failedAttempts.count).toBe(5);
  });

  test('wrong current passwords at the change-password form are told too', async () => {
    const user = await makeUser(app.db);
    const client = await app.loginAs(user.username, user.password);
    const body = { currentPassword: 'Khong-dung-123', newPassword: 'Mat-khau-moi-2024!' };
    expect((await client.post('/api/auth/password', { body })).status).toBe(400);
    const login = await app.anonymous().login(user.username, user.password);
    expect(login.json.failedAttempts.count).toBe(1);
  });
});
