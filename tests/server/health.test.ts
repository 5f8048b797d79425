import { expect, inject, test } from 'vitest';
import { useDemoApp } from '../support/demo-app.js';
import type { TestApp } from '../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

test('GET /api/health answers ok and names the database driver in use', async () => {
  const res = await app.anonymous().get('/api/health');
  expect(res.status).toBe(200);
  const database = inject('testDatabase').kind;
  // SEED_DEMO is left to auto here: the demo data is on with the embedded database only.
  expect(res.json).toEqual({ status: 'ok', database, demo: database === 'pglite' });
  expect(app.kind).toBe(database);
});

test('health says whether the server runs with the demo data, as SEED_DEMO says', async () => {
  const withDemo = await app.startAnother({ SEED_DEMO: 'true' });
  const withoutDemo = await app.startAnother({ SEED_DEMO: 'false' });
  expect((await app.anonymous().against(withDemo.baseUrl).get('/api/health')).json.demo).toBe(true);
  expect((await app.anonymous().against(withoutDemo.baseUrl).get('/api/health')).json.demo).toBe(false);
});

test('health needs no session and is never cached', async () => {
  const res = await app.anonymous().get('/api/health');
  expect(res.headers.get('cache-control')).toBe('no-store');
});
