import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contractList } from '#server/openapi/build-openapi.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await setupTestApp();
});
afterAll(() => app?.close());

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

describe('GET /api/openapi.json', () => {
  test("is OpenAPI 3.1 with every contract's path and method", async () => {
    const res = await app.anonymous().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const spec = res.json;
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(spec.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(contractList.length).toBeGreaterThanOrEqual(12);
    for (const contract of contractList) {
      const operation = spec.paths[openApiPath(contract.path)]?.[contract.method];
      expect(operation, `${contract.method} ${contract.path}`).toBeDefined();
      expect(operation.summary).toBe(contract.summary);
      expect(operation.responses[String(contract.status ?? 200)]).toBeDefined();
      expect(operation.responses['400']).toBeDefined();
      if (contract.auth) {
        expect(operation.security).toEqual([{ session: [] }]);
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403', '404']));
      } else {
        expect(operation.security).toEqual([]);
      }
      if (contract.body) expect(operation.requestBody.content['application/json'].schema).toBeTypeOf('object');
      if (contract.path.includes(':id')) {
        expect(operation.parameters).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path', required: true })]),
        );
      }
    }
    expect(spec.components.securitySchemes.session).toEqual({ type: 'apiKey', in: 'cookie', name: 'capdo_session' });
  });

  test('list endpoints document limit and offset; request bodies their required fields', async () => {
    const spec = (await app.anonymous().get('/api/openapi.json')).json;
    const listSystems = spec.paths['/api/systems'].get;
    const limit = listSystems.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit).toMatchObject({
      in: 'query',
      required: false,
      schema: expect.objectContaining({ maximum: 500, default: 50 }),
    });
    const createSystem = spec.paths['/api/systems'].post.requestBody.content['application/json'].schema;
    expect(createSystem.required).toEqual(
      expect.arrayContaining([
        'name',
        'ownerOrganisationId',
        'operatorOrganisationId',
        'systemType',
        'informationTypes',
      ]),
    );
  });
});

test('GET /api/docs serves an HTML reference listing every endpoint', async () => {
  const res = await app.anonymous().get('/api/docs');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.text).toMatch(/^<!doctype html>/i);
  for (const contract of contractList) {
    expect(res.text).toContain(
      `<span class="m ${contract.method}">${contract.method.toUpperCase()}</span> <code>${openApiPath(contract.path)}</code>`,
    );
  }
  expect(res.text).toContain('/api/openapi.json');
  expect(res.text).not.toMatch(/<script/i); // no external or inline scripts: the CSP allows none
  expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
});

test('file endpoints are described as raw bytes, not JSON', async () => {
  const spec = (await app.anonymous().get('/api/openapi.json')).json;
  const upload = spec.paths['/api/dossiers/{id}/attachments'].post;
  expect(Object.keys(upload.requestBody.content)).toEqual(['application/octet-stream']);
  const download = spec.paths['/api/dossiers/{id}/attachments/{attachmentId}'].get;
  expect(Object.keys(download.responses['200'].content)).toEqual(['application/octet-stream']);
});
