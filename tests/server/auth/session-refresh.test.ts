import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { sessions } from '#server/db/schema/index.js';
import type { ApiClient } from '../../support/http-client.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

let app: TestApp; // SESSION_IDLE_MINUTES=60
let shortIdle: RunningApp; // SESSION_IDLE_MINUTES=1
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  shortIdle = await app.startAnother({ SESSION_IDLE_MINUTES: '1' });
});

const tokenHash = (client: ApiClient) => createHash('sha256').update(client.cookie!).digest('hex');
const lastSeen = async (client: ApiClient) =>
  (
    await app.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, tokenHash(client)))
  )[0]!.lastSeenAt;
/** Time passes for the session: its last-seen time moves that many seconds into the past. */
const secondsPass = (client: ApiClient, seconds: number) =>
  app.db
    .update(sessions)
    .set({ lastSeenAt: sql`${sessions.lastSeenAt} - (${seconds}::int * interval '1 second')` })
    .where(eq(sessions.tokenHash, tokenHash(client)));

test('SESSION_IDLE_MINUTES=1: a session used every 15 seconds for two minutes never expires', async () => {
  const client = (await app.loginAs('dinhbinh.cntt')).against(shortIdle.baseUrl);
  for (let round = 0; round < 8; round++) {
    await secondsPass(client, 15);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  }
});

test('SESSION_IDLE_MINUTES=1: a request 7 seconds after the last refresh refreshes it again', async () => {
  const client = (await app.loginAs('dinhbinh.cntt')).against(shortIdle.baseUrl);
  await secondsPass(client, 7);
  expect((await client.get('/api/auth/me')).status).toBe(200);
  expect(Date.now() - (await lastSeen(client)).getTime()).toBeLessThan(5_000);
});

test('SESSION_IDLE_MINUTES=60: the last-seen time is written at most once a minute, not at every request', async () => {
  const client = await app.loginAs('dinhbinh.cntt');
  await secondsPass(client, 30);
  const before = await lastSeen(client);
  expect((await client.get('/api/auth/me')).status).toBe(200);
  expect(await lastSeen(client)).toEqual(before);
  await secondsPass(client, 31);
  expect((await client.get('/api/auth/me')).status).toBe(200);
  expect(Date.now() - (await lastSeen(client)).getTime()).toBeLessThan(5_000);
});
