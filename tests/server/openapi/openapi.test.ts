import { describe, expect, test } from 'vitest';
import { dossierActions, type DossierAction } from '#shared/dossiers/dossier-workflow.js';
import { transitionFieldNeeds, transitionFields } from '#shared/dossiers/transition-body.schemas.js';
import { fileResponseSchema } from '#shared/common/contract.js';
import { contractList } from '#server/openapi/build-openapi.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');
const keyOf = (contract: { method: string; path: string }) => `${contract.method.toUpperCase()} ${contract.path}`;

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
      `<span class="m ${contract.method}">${contract.method.toUpperCase()}</span> ` +
        `<code>${openApiPath(contract.path)}</code>`,
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

  // Every endpoint that answers only a file says so in its contract, both ways, and in the document.
  const fileOnly = contractList.filter((contract) => contract.binary === 'response');
  expect(fileOnly.map(keyOf).sort()).toEqual(
    contractList
      .filter((contract) => contract.response === fileResponseSchema)
      .map(keyOf)
      .sort(),
  );
  expect(fileOnly.length).toBeGreaterThanOrEqual(4);
  for (const contract of fileOnly) {
    const operation = spec.paths[openApiPath(contract.path)][contract.method];
    expect(Object.keys(operation.responses['200'].content), keyOf(contract)).toEqual(['application/octet-stream']);
  }
});

test('the transition endpoint documents one request schema per action, as its contract states it', async () => {
  const spec = (await app.anonymous().get('/api/openapi.json')).json;
  const body = spec.paths['/api/dossiers/{id}/transitions'].post.requestBody.content['application/json'].schema;
  expect(body.discriminator.propertyName).toBe('action');
  expect(Object.keys(body.discriminator.mapping).sort()).toEqual([...dossierActions].sort());
  expect(body.oneOf).toHaveLength(dossierActions.length);
  const schemaOf = (action: DossierAction) => {
    const ref = body.discriminator.mapping[action] as string;
    expect(body.oneOf).toContainEqual({ $ref: ref });
    return spec.components.schemas[ref.replace('#/components/schemas/', '')];
  };

  // What a client reads for approve: the date is required, the number optional (from the register).
  const approve = schemaOf('approve');
  expect(approve.properties.action).toEqual({ type: 'string', const: 'approve' });
  expect(approve.required.sort()).toEqual(['action', 'documentDate', 'version']);
  expect(Object.keys(approve.properties).sort()).toEqual([
    'action',
    'comment',
    'documentDate',
    'documentNumber',
    'version',
  ]);
  expect(approve.properties.documentNumber.description).toMatch(/register/);
  expect(approve.additionalProperties).toBe(false);
  expect(schemaOf('return').required).toContain('comment');
  expect(schemaOf('withdraw').required).not.toContain('comment');
  expect(schemaOf('giveOpinion').required).toEqual(expect.arrayContaining(['documentNumber', 'documentDate']));

  // Every action's schema: its own properties and required fields, exactly those of its contract.
  for (const action of dossierActions) {
    const schema = schemaOf(action);
    const needs = transitionFieldNeeds(action);
    const fields = transitionFields.filter((field) => needs[field] !== 'absent');
    expect(Object.keys(schema.properties).sort(), action).toEqual(['action', 'version', ...fields].sort());
    expect([...schema.required].sort(), action).toEqual(
      ['action', 'version', ...fields.filter((field) => needs[field] === 'required')].sort(),
    );
    expect(schema.properties.action.const, action).toBe(action);
  }
  // The reference page shows each action's schema in place, not a pointer to it.
  const page = (await app.anonymous().get('/api/docs')).text;
  const section = page.slice(page.indexOf('<section id="post/api/dossiers/{id}/transitions">'));
  const fromBody = section.slice(section.indexOf('<summary>Request body</summary>'));
  const requestBody = fromBody.slice(0, fromBody.indexOf('</details>'));
  for (const action of dossierActions)
    expect(requestBody).toContain(`&quot;title&quot;: &quot;TransitionBody.${action}&quot;`);
  expect(requestBody).not.toContain('&quot;$ref&quot;');
});
