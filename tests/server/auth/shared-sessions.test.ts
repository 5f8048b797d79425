import { beforeAll, expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

let app: TestApp;
let other: RunningApp;
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  other = await app.startAnother(); // as a second server process on the same database
});

test('a session created by one app instance works on another one on the same database', async () => {
  const onA = await app.loginAs('dinhbinh.cntt');
  const onB = onA.against(other.baseUrl);
  const me = await onB.get('/api/auth/me');
  expect(me.status).toBe(200);
  expect(me.json.user.username).toBe('dinhbinh.cntt');
  expect(me.json.csrfToken).toBe(onA.csrfToken);
  // state-changing requests with the CSRF token from A are accepted by B
  const list = await onB.get('/api/systems');
  expect(list.status).toBe(200);
  const system = list.json.items[0];
  const res = await onB.patch(`/api/systems/${system.id}`, {
    body: { version: system.version, description: 'Sửa từ máy chủ B' },
  });
  expect(res.status).toBe(200);
});

test('a logout on one instance ends the session on the other', async () => {
  const onA = await app.loginAs('dinhbinh.cntt');
  const onB = onA.against(other.baseUrl);
  expect((await onB.post('/api/auth/logout')).status).toBe(200);
  expect((await onA.get('/api/auth/me')).status).toBe(401);
});
