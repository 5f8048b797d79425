import { describe, expect, test } from 'vitest';
import { contractList } from '#server/openapi/build-openapi.js';
import { DINH_BINH, type Demo } from '../support/demo.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';
import { authedContracts, DOCUMENTATION_ROUTES, keyOf, PUBLIC_CONTRACTS, sampleRequest } from './endpoints.js';
import { useDemoApp } from '../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const UNAUTHENTICATED = {
  error: {
    code: 'unauthenticated',
    message: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  },
};

const requestFor = (contract: (typeof contractList)[number]) =>
  sampleRequest(
    contract,
    { organisation: demo.org(DINH_BINH), system: demo.systemOf(DINH_BINH) },
    { own: demo.org(DINH_BINH) },
  );

describe.each(authedContracts().map((contract) => [keyOf(contract), contract] as const))('%s', (_, contract) => {
  test('anonymously: 401 and nothing changes', async () => {
    const before = await snapshotTables(app.db);
    const { path, body } = requestFor(contract);
    const res = await app.anonymous().request(contract.method.toUpperCase(), path, { body });
    expect(res.status).toBe(401);
    expect(res.json).toEqual(UNAUTHENTICATED);
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('with a made-up session cookie and CSRF token: 401 and nothing changes', async () => {
    const before = await snapshotTables(app.db);
    const client = app.anonymous();
    client.cookie = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    client.csrfToken = 'BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';
    const { path, body } = requestFor(contract);
    const res = await client.request(contract.method.toUpperCase(), path, { body });
    expect(res.status).toBe(401);
    expect(res.json).toEqual(UNAUTHENTICATED);
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test('anonymously with a nonsense body or id: still 401, before any validation', async () => {
    const res = await app
      .anonymous()
      .request(contract.method.toUpperCase(), contract.path.replace(':id', 'not-an-id'), {
        body: contract.method === 'get' ? undefined : { junk: true },
      });
    expect(res.status).toBe(401);
  });
});

test('the public endpoints answer without a session', async () => {
  const client = app.anonymous();
  expect(PUBLIC_CONTRACTS).toEqual([
    'GET /api/health',
    'POST /api/auth/login',
    'POST /api/auth/activate',
    'POST /api/auth/reset',
  ]);
  expect((await client.get('/api/health')).status).toBe(200);
  expect((await client.post('/api/auth/login', { body: { username: 'nobody', password: 'x' } })).status).toBe(401);
  // A one-time link's token is the only credential these take: a made-up one is refused, naming the field.
  for (const path of ['/api/auth/activate', '/api/auth/reset']) {
    const before = await snapshotTables(app.db);
    const res = await client.post(path, { body: { token: 'made-up-token', password: 'Người-ngoài-2024!' } });
    expect(res.status, path).toBe(400);
    expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['token']);
    expect(await snapshotTables(app.db)).toEqual(before);
  }
  for (const route of DOCUMENTATION_ROUTES) {
    const [, path] = route.split(' ');
    expect((await client.get(path!)).status, route).toBe(200);
  }
});
