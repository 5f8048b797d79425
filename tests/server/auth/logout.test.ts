import { expect, test } from 'vitest';
import { sessions } from '#server/db/schema/index.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

test('logout clears the cookie and ends the session: the old cookie no longer works', async () => {
  const client = await app.loginAs('dinhbinh.cntt');
  const other = await app.loginAs('dinhbinh.cntt');
  const oldCookie = client.cookie;
  const sessionsBefore = (await app.db.select().from(sessions)).length;

  const res = await client.post('/api/auth/logout');
  expect(res.status).toBe(200);
  expect(res.json).toEqual({ ok: true });
  expect(res.headers.getSetCookie()[0]).toMatch(/^capdo_session=;.*Expires=Thu, 01 Jan 1970/);
  expect(client.cookie).toBeUndefined();
  expect(await app.db.select().from(sessions)).toHaveLength(sessionsBefore - 1);

  client.cookie = oldCookie; // a copy of the cookie kept from before the logout
  expect((await client.get('/api/auth/me')).status).toBe(401);
  expect((await client.post('/api/auth/logout')).status).toBe(401);
  // Only that session ended: the same user's other session still works.
  expect((await other.get('/api/auth/me')).status).toBe(200);
});

test('logout without the CSRF header answers 403 and the session lives on', async () => {
  const client = await app.loginAs('dinhbinh.cntt');
  const res = await client.post('/api/auth/logout', { csrf: false });
  expect(res.status).toBe(403);
  expect(res.json.error.code).toBe('csrf_failed');
  expect((await client.get('/api/auth/me')).status).toBe(200);
});
