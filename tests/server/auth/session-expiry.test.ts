import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { sessions } from '#server/db/schema/index.js';
import type { ApiClient } from '../../support/http-client.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

let app: TestApp; // SESSION_IDLE_MINUTES=60, SESSION_ABSOLUTE_HOURS=12 (the defaults)
let shortIdle: RunningApp; // SESSION_IDLE_MINUTES=1
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  shortIdle = await app.startAnother({ SESSION_IDLE_MINUTES: '1' });
});

const tokenHash = (client: ApiClient) => createHash('sha256').update(client.cookie!).digest('hex');
const sessionOf = async (client: ApiClient) =>
  (
    await app.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, tokenHash(client)))
  )[0];
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

test('the session is stored hashed, with an absolute expiry SESSION_ABSOLUTE_HOURS ahead', async () => {
  const client = await app.loginAs('dinhbinh.cntt');
  const row = await sessionOf(client);
  expect(row).toBeDefined();
  expect(row!.tokenHash).not.toBe(client.cookie);
  const hoursAhead = (row!.expiresAt.getTime() - Date.now()) / 3_600_000;
  expect(hoursAhead).toBeGreaterThan(11.9);
  expect(hoursAhead).toBeLessThanOrEqual(12);
});

test('a session idle longer than SESSION_IDLE_MINUTES answers 401 and is deleted', async () => {
  const client = await app.loginAs('dinhbinh.cntt');
  await app.db
    .update(sessions)
    .set({ lastSeenAt: minutesAgo(61) })
    .where(eq(sessions.tokenHash, tokenHash(client)));
  const res = await client.get('/api/auth/me');
  expect(res.status).toBe(401);
  expect(res.json.error.code).toBe('unauthenticated');
  expect(await sessionOf(client)).toBeUndefined();
});

test('activity slides the idle window: a session idle 59 minutes is refreshed', async () => {
  const client = await app.loginAs('dinhbinh.cntt');
  await app.db
    .update(sessions)
    .set({ lastSeenAt: minutesAgo(59) })
    .where(eq(sessions.tokenHash, tokenHash(client)));
  expect((await client.get('/api/auth/me')).status).toBe(200);
  const row = await sessionOf(client);
  expect(Date.now() - row!.lastSeenAt.getTime()).toBeLessThan(60_000);
});

test('the idle limit comes from SESSION_IDLE_MINUTES', async () => {
  const idle2 = await app.loginAs('dinhbinh.cntt');
  const alsoIdle2 = await app.loginAs('dinhbinh.cntt');
  for (const client of [idle2, alsoIdle2]) {
    await app.db
      .update(sessions)
      .set({ lastSeenAt: minutesAgo(2) })
      .where(eq(sessions.tokenHash, tokenHash(client)));
  }
  expect((await idle2.against(shortIdle.baseUrl).get('/api/auth/me')).status).toBe(401);
  expect((await alsoIdle2.get('/api/auth/me')).status).toBe(200);
});

test('a session past its absolute expiry answers 401 however active it is', async () => {
  const client = await app.loginAs('dinhbinh.cntt');
  await app.db
    .update(sessions)
    .set({ expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() })
    .where(eq(sessions.tokenHash, tokenHash(client)));
  expect((await client.get('/api/auth/me')).status).toBe(401);
  expect(await sessionOf(client)).toBeUndefined();
});
