import { beforeAll, expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';

let app: TestApp; // COOKIE_SECURE=false (the default)
let secure: RunningApp; // COOKIE_SECURE=true: served over HTTPS
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  secure = await app.startAnother({ COOKIE_SECURE: 'true' });
});

test('COOKIE_SECURE=true: every response carries Strict-Transport-Security, a year, subdomains included', async () => {
  const client = app.anonymous().against(secure.baseUrl);
  for (const res of [await client.get('/api/health'), await client.get('/api/auth/me'), await client.get('/nowhere')]) {
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  }
});

test('COOKIE_SECURE=false: no Strict-Transport-Security, which would bind browsers to a missing HTTPS', async () => {
  const res = await app.anonymous().get('/api/health');
  expect(res.status).toBe(200);
  expect(res.headers.get('strict-transport-security')).toBeNull();
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
});
