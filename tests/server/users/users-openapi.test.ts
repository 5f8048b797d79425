import { expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

test('the OpenAPI document describes the accounts API and the link endpoints, with no password to read', async () => {
  const spec = (await app.anonymous().get('/api/openapi.json')).json;
  const operations = {
    '/api/users': ['get', 'post'],
    '/api/users/{id}': ['get', 'patch'],
    '/api/users/{id}/memberships': ['post'],
    '/api/users/{id}/memberships/{membershipId}': ['delete'],
    '/api/users/{id}/activation-link': ['post'],
    '/api/users/{id}/reset-link': ['post'],
    '/api/auth/activate': ['post'],
    '/api/auth/reset': ['post'],
  };
  for (const [path, methods] of Object.entries(operations)) {
    expect(Object.keys(spec.paths[path] ?? {}).sort(), path).toEqual([...methods].sort());
  }
  const create = spec.paths['/api/users'].post;
  expect(create.requestBody.content['application/json'].schema.required).toEqual(
    expect.arrayContaining(['username', 'fullName', 'memberships']),
  );
  expect(Object.keys(create.responses['201'].content['application/json'].schema.properties).sort()).toEqual([
    'activationUrl',
    'emailedTo',
    'expiresAt',
    'user',
  ]);
  const list = spec.paths['/api/users'].get.parameters.map((p: { name: string }) => p.name);
  expect(list).toEqual(expect.arrayContaining(['q', 'organisationId', 'role', 'state', 'limit', 'offset']));
  const account = spec.paths['/api/users/{id}'].get.responses['200'].content['application/json'].schema;
  expect(Object.keys(account.properties)).not.toContain('password');
  expect(JSON.stringify(account)).not.toMatch(/passwordHash|token/i);

  for (const path of ['/api/auth/activate', '/api/auth/reset']) {
    const operation = spec.paths[path].post;
    expect(operation.security).toEqual([]);
    expect(operation.requestBody.content['application/json'].schema.required.sort()).toEqual(['password', 'token']);
  }
});
