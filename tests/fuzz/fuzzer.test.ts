import { describe, expect, test } from 'vitest';
import { buildOpenApi } from '#server/openapi/build-openapi.js';
import type { FuzzRequest } from './fuzz-request.js';
import { errorSchemaOf, operationName, operationsOf, type OpenApiDocument } from './openapi-operations.js';
import { contractMismatch, mutatedRequests, seedFor, validRequests } from './request-generators.js';
import { problemsWith, type Answer, type CheckContext } from './response-checks.js';
import { SchemaValidator } from './schema-validator.js';

/**
 * The fuzzer's own parts, on the OpenAPI document the server publishes (built in-process, no database): what it
 * sends as valid is valid, what it breaks is broken, the same seed sends the same requests, and each check fails
 * on the answer it exists to catch. `npm run fuzz` (docs/fuzzing.md) runs it against the real server.
 */

const document = buildOpenApi() as unknown as OpenApiDocument;
const operations = operationsOf(document);
const validator = new SchemaValidator();
const fakeIds = (field: string) => (field === 'year' ? [] : ['6ba7b810-9dad-41d1-80b4-00c04fd430c8']);
const byName = (name: string) => operations.find((operation) => operationName(operation) === name)!;

describe('generated requests', () => {
  test('every operation gets its valid examples, each matching its schemas, the same for the same seed', () => {
    for (const operation of operations) {
      const seed = seedFor(1, operationName(operation));
      const first = validRequests(operation, fakeIds, validator, seed, 20);
      const again = validRequests(operation, fakeIds, validator, seed, 20);
      expect(first.requests, operationName(operation)).toHaveLength(20);
      for (const request of first.requests) expect(contractMismatch(request, validator)).toBeNull();
      expect(JSON.stringify(again.requests.map((request) => [request.pathValues, request.query, request.body]))).toBe(
        JSON.stringify(first.requests.map((request) => [request.pathValues, request.query, request.body])),
      );
    }
  });

  test('mutated requests break their schemas for every operation that has parameters or a body', () => {
    for (const operation of operations) {
      const mutated = mutatedRequests(operation, fakeIds, validator, seedFor(1, operationName(operation)), 60);
      const invalid = mutated.filter((request) => request.expectation === 'invalid');
      const takesInput = operation.pathParams.length + operation.queryParams.length > 0 || operation.body;
      if (takesInput) expect(invalid.length, operationName(operation)).toBeGreaterThan(0);
      for (const request of invalid) expect(contractMismatch(request, validator), request.mutation).not.toBeNull();
    }
  });

  test('an authenticated operation is also sent without the session, a state-changing one without x-csrf-token', () => {
    const mutated = mutatedRequests(byName('POST /api/systems'), fakeIds, validator, 3, 200);
    const expectations = new Set(mutated.map((request) => request.expectation));
    expect(expectations).toContain('noSession');
    expect(expectations).toContain('noCsrf');
  });
});

describe('the checks on each answer', () => {
  const context: CheckContext = { validator, errorSchema: errorSchemaOf(document), genericErrorStatuses: [400, 404] };
  const getSystem = byName('GET /api/systems/{id}');
  const request = (expectation: FuzzRequest['expectation']): FuzzRequest => ({
    operation: getSystem,
    pathValues: { id: 'x' },
    query: {},
    expectation,
  });
  const json = (status: number, body: unknown): Answer => ({
    status,
    contentType: 'application/json; charset=utf-8',
    json: body,
    text: JSON.stringify(body),
  });
  const checks = (expectation: FuzzRequest['expectation'], answer: Answer) =>
    problemsWith(request(expectation), answer, context).map((problem) => problem.check);
  const notFound = { error: { code: 'not_found', message: 'Không tìm thấy' } };

  test('a well-formed 404 passes', () => {
    expect(checks('valid', json(404, notFound))).toEqual([]);
  });

  test('a 500 fails, whatever its body', () => {
    expect(checks('valid', json(500, { error: { code: 'internal', message: 'x' } }))).toEqual(['not_a_server_error']);
  });

  test('an error without the error shape fails', () => {
    expect(checks('valid', json(404, { message: 'not found' }))).toEqual(['error_shape']);
    expect(checks('valid', { status: 400, contentType: 'text/html', text: '<h1>Bad</h1>' })).toEqual(['error_shape']);
  });

  test('a status the operation does not declare fails', () => {
    expect(checks('valid', json(418, { error: { code: 'conflict', message: 'x' } }))).toEqual([
      'status_code_conformance',
    ]);
  });

  test('a 200 whose body does not match the declared schema fails', () => {
    expect(checks('valid', json(200, { id: 'not-a-system' }))).toEqual(['response_schema_conformance']);
  });

  test('a 2xx to input the schemas refuse fails', () => {
    expect(checks('invalid', json(200, { id: 'x' }))).toContain('negative_data_rejection');
  });

  test('a file passes only where its media type is declared', () => {
    const compliance = byName('GET /api/reports/compliance');
    const pdf: Answer = { status: 200, contentType: 'application/pdf', text: '<3 bytes>' };
    const check = (operation: typeof compliance, answer: Answer) =>
      problemsWith({ ...request('valid'), operation }, answer, context).map((problem) => problem.check);
    expect(check(compliance, pdf)).toEqual([]);
    expect(check(compliance, { ...pdf, contentType: 'text/csv; charset=utf-8' })).toEqual([]);
    expect(check(compliance, { ...pdf, contentType: 'image/png' })).toEqual(['content_type_conformance']);
    expect(check(getSystem, pdf)).toEqual(['content_type_conformance']);
  });

  test('without a session only 401 passes; without x-csrf-token only 403', () => {
    expect(checks('noSession', json(404, notFound))).toEqual(['ignored_auth']);
    expect(checks('noCsrf', json(404, notFound))).toEqual(['csrf']);
    expect(checks('noSession', json(401, { error: { code: 'unauthenticated', message: 'x' } }))).toEqual([]);
  });
});
