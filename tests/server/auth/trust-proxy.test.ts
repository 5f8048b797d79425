import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { auditEvents, loginAttempts, sessions } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

let app: TestApp; // TRUST_PROXY=false (the default)
let oneHop: RunningApp; // TRUST_PROXY=1: one proxy in front
let listed: RunningApp; // TRUST_PROXY=loopback, 10.0.0.0/8: the proxies by address
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  oneHop = await app.startAnother({ TRUST_PROXY: '1' });
  listed = await app.startAnother({ TRUST_PROXY: 'loopback, 10.0.0.0/8' });
});
beforeEach(async () => {
  await app.db.delete(loginAttempts);
});

// The client wrote the first entry itself; the proxy appended the address it saw.
const FORGED = '198.51.100.66';
const REAL = '203.0.113.77';

const failFrom = async (baseUrl: string, forwardedFor: string) => {
  const res = await app
    .anonymous()
    .against(baseUrl)
    .post('/api/auth/login', {
      body: { username: 'khong.co.ai', password: 'Sai-mat-khau-1' },
      headers: { 'x-forwarded-for': forwardedFor },
    });
  expect(res.status).toBe(401);
  const rows = await app.db.select({ ip: loginAttempts.ip }).from(loginAttempts);
  return rows.map((row) => row.ip);
};

test('TRUST_PROXY=1: the client is the address the proxy appended, not a forged first entry', async () => {
  expect(await failFrom(oneHop.baseUrl, `${FORGED}, ${REAL}`)).toEqual([REAL]);
});

test('TRUST_PROXY=1: the session and the audit trail record that address too', async () => {
  const user = await makeUser(app.db);
  const headers = { 'x-forwarded-for': `${FORGED}, ${REAL}` };
  const client: ApiClient = app.anonymous().against(oneHop.baseUrl);
  const login = await client.post('/api/auth/login', {
    body: { username: user.username, password: user.password },
    headers,
    csrf: false,
  });
  expect(login.status).toBe(200);
  const [session] = await app.db.select().from(sessions).where(eq(sessions.userId, user.id));
  expect(session!.ip).toBe(REAL);

  const changed = await client.post('/api/auth/password', {
    body: { currentPassword: user.password, newPassword: 'Mat-khau-moi-2024!' },
    headers,
    csrf: login.json.csrfToken,
  });
  expect(changed.status).toBe(200);
  const [event] = await app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, 'changePassword')));
  expect(event!.actorIp).toBe(REAL);
});

test('TRUST_PROXY as addresses: entries appended by listed proxies are skipped, the rest is the client', async () => {
  expect(await failFrom(listed.baseUrl, `${FORGED}, ${REAL}, 10.1.2.3`)).toEqual([REAL]);
});

test('TRUST_PROXY=false: X-Forwarded-For is ignored, the client is the connection', async () => {
  expect(await failFrom(app.baseUrl, `${FORGED}, ${REAL}`)).toEqual(['127.0.0.1']);
});
