import { expect, inject, test } from 'vitest';
import { useDemoApp } from '../support/demo-app.js';
import type { TestApp } from '../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

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
