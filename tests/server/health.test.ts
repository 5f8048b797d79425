import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { setupTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app?.close());

test('GET /api/health answers ok and names the database driver in use', async () => {
  const res = await app.anonymous().get('/api/health');
  expect(res.status).toBe(200);
  expect(res.json).toEqual({ status: 'ok', database: inject('testDatabase').kind });
  expect(app.kind).toBe(inject('testDatabase').kind);
});

test('health needs no session and is never cached', async () => {
  const res = await app.anonymous().get('/api/health');
  expect(res.headers.get('cache-control')).toBe('no-store');
});
