import { expect, test } from 'vitest';
import { contractList } from '#server/openapi/build-openapi.js';
import { useDemoApp } from '../support/demo-app.js';
import type { TestApp } from '../support/test-app.js';
import { DOCUMENTATION_ROUTES, endpointSamples, keyOf, PUBLIC_CONTRACTS, routesOf } from './endpoints.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

const contractKeys = contractList.map(keyOf);

test('every route the app serves is a contract (or the API documentation), so this suite sees it', () => {
  const routes = routesOf(app.express);
  expect(routes.length).toBeGreaterThan(0);
  expect(new Set(routes).size).toBe(routes.length);
  expect([...routes].sort()).toEqual([...contractKeys, ...DOCUMENTATION_ROUTES].sort());
});

test('the published OpenAPI document lists exactly the contracts', async () => {
  const res = await app.anonymous().get('/api/openapi.json');
  const published = Object.entries(res.json.paths as Record<string, Record<string, unknown>>).flatMap(
    ([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  expect(published.sort()).toEqual([...contractKeys].sort());
});

test('the endpoints open without a session are exactly the listed public ones', () => {
  expect(
    contractList
      .filter((c) => !c.auth)
      .map(keyOf)
      .sort(),
  ).toEqual([...PUBLIC_CONTRACTS].sort());
});

test('every endpoint that needs a session has an outsider sample', () => {
  const missing = contractList.filter((c) => c.auth && !endpointSamples[keyOf(c)]).map(keyOf);
  expect(missing, 'add these to tests/outsider/endpoints.ts').toEqual([]);
  const stale = Object.keys(endpointSamples).filter((key) => !contractKeys.includes(key));
  expect(stale, 'samples for endpoints that no longer exist').toEqual([]);
});
