import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { loginAttempts, users } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DEMO_PASSWORD } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

// The defaults: 5 failures per account (and per account and address), 30 per address, a 15-minute window.
let app: TestApp;
let another: RunningApp; // as a second server process on the same database would be
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  another = await app.startAnother();
});
beforeEach(async () => {
  await app.db.delete(loginAttempts);
});

const statusCounts = (statuses: number[]) => {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
};
const attemptsOf = (username: string) =>
  app.db.select().from(loginAttempts).where(eq(loginAttempts.username, username));

test('60 simultaneous logins for one account, 59 wrong and 1 right: only 5 passwords are ever tried', async () => {
  const username = 'yendinh.cntt';
  const passwords = Array.from({ length: 60 }, (_, i) => (i === 41 ? DEMO_PASSWORD : `Sai-mat-khau-${i}`));
  // Half to each server: only the database orders attempts made on different servers.
  const responses = await Promise.all(
    passwords.map((password, i) =>
      app
        .anonymous()
        .against(i % 2 ? another.baseUrl : app.baseUrl)
        .login(username, password),
    ),
  );

  const counts = statusCounts(responses.map((res) => res.status));
  // Counting, checking and recording are one step per account: once 5 wrong passwords have been
  // recorded, every request still waiting is refused without its password being looked at. The
  // right one gets in only if it happened to be checked before the fifth wrong one.
  expect(counts[401]).toBe(5);
  expect(counts[200] ?? 0).toBeLessThanOrEqual(1);
  expect(counts[429]).toBe(60 - 5 - (counts[200] ?? 0));
  for (const res of responses.filter((r) => r.status === 429)) expect(res.json.error.code).toBe('too_many_attempts');
  // Each password tried left exactly one row, and no other request did: 5 failures, not 59.
  const rows = await attemptsOf(username);
  expect(rows.filter((row) => !row.succeeded)).toHaveLength(5);
  expect(rows.filter((row) => row.succeeded)).toHaveLength(counts[200] ?? 0);
});

const changePassword = (client: Awaited<ReturnType<TestApp['loginAs']>>, currentPassword: string) =>
  client.post('/api/auth/password', { body: { currentPassword, newPassword: 'Mat-khau-moi-2024!' } });
const hashOf = async (userId: string) =>
  (await app.db.select().from(users).where(eq(users.id, userId)))[0]!.passwordHash;

test('20 simultaneous wrong current passwords: 5 are tried, the rest and then the right one answer 429', async () => {
  const user = await makeUser(app.db);
  const client = await app.loginAs(user.username, user.password);
  const before = await hashOf(user.id);
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      changePassword(i % 2 ? client.against(another.baseUrl) : client, `Sai-hien-tai-${i}`),
    ),
  );
  const counts = statusCounts(responses.map((res) => res.status));
  expect(counts).toEqual({ 400: 5, 429: 15 });
  const refused = responses.find((res) => res.status === 429)!;
  expect(refused.json.error).toEqual({
    code: 'too_many_attempts',
    message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
  });
  expect((await attemptsOf(user.username)).filter((row) => !row.succeeded)).toHaveLength(5);

  const right = await changePassword(client, user.password);
  expect(right.status).toBe(429);
  expect(await hashOf(user.id)).toBe(before);
  // the session itself goes on
  expect((await client.get('/api/auth/me')).status).toBe(200);
});

test('4 wrong current passwords still let the right one change the password', async () => {
  const user = await makeUser(app.db);
  const client = await app.loginAs(user.username, user.password);
  for (let i = 0; i < 4; i++) expect((await changePassword(client, `Sai-hien-tai-${i}`)).status).toBe(400);
  expect((await changePassword(client, user.password)).status).toBe(200);
});
