import fc from 'fast-check';
import type { FuzzRequest, RequestBody } from './fuzz-request.js';
import { bodyMutations, credentialMutations, pathMutations, queryMutations, type Mutation } from './mutations.js';
import type { JsonSchema, Operation, Parameter } from './openapi-operations.js';
import { schemaArbitrary, type IdSource } from './schema-arbitrary.js';
import type { SchemaValidator } from './schema-validator.js';

/**
 * The requests for one operation, from its schemas: valid ones (every part from its schema), then mutated ones
 * (one part broken on purpose). Each operation has its own seed, derived from the run's seed and the operation,
 * so adding an operation or changing a count elsewhere changes nothing here.
 */

interface RequestParts {
  pathValues: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: RequestBody;
}

/** A 32-bit seed from the run's seed and a name (FNV-1a). */
export function seedFor(runSeed: number, name: string): number {
  let hash = 0x811c9dc5 ^ runSeed;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
}

const wire = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** What the server reads back from a parameter's text, the way OpenAPI's simple style means it. */
function fromWire(text: string, schema: JsonSchema): unknown {
  const types = [schema.type, ...((schema.anyOf as JsonSchema[] | undefined) ?? []).map((one) => one.type)].flat();
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text))
    return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function partsArbitrary(operation: Operation, ids: IdSource): fc.Arbitrary<RequestParts> {
  const idsFor = (name: string) => (field: string) => ids(field === 'id' ? name : field);
  const resource = /^\/api\/([^/{]+)/.exec(operation.path)?.[1] ?? '';
  const pathModel: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of operation.pathParams)
    pathModel[parameter.name] = schemaArbitrary(parameter.schema, parameter.name, idsFor(resource));
  const queryModel: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of operation.queryParams)
    queryModel[parameter.name] = schemaArbitrary(parameter.schema, parameter.name, ids);
  const required = operation.queryParams.filter((parameter) => parameter.required).map((parameter) => parameter.name);
  const body = operation.body;
  let bodyArbitrary: fc.Arbitrary<RequestBody | undefined> = fc.constant(undefined);
  if (body?.mediaType === 'application/json')
    bodyArbitrary = schemaArbitrary(body.schema, 'body', ids).map((value) => ({ kind: 'json' as const, value }));
  else if (body)
    bodyArbitrary = fc
      .uint8Array({ minLength: 1, maxLength: 4_096 })
      .map((bytes) => ({ kind: 'bytes' as const, bytes, contentType: body.mediaType }));
  return fc.record({
    pathValues: fc.record(pathModel),
    query: fc.record(queryModel, { requiredKeys: required }),
    body: bodyArbitrary,
  });
}

function toRequest(operation: Operation, parts: RequestParts, mutation?: string): Omit<FuzzRequest, 'expectation'> {
  const pathValues: Record<string, string> = {};
  for (const [name, value] of Object.entries(parts.pathValues)) pathValues[name] = wire(value);
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(parts.query))
    if (value !== undefined) query[name] = Array.isArray(value) ? value.map(wire) : wire(value);
  return {
    operation,
    pathValues,
    query,
    ...(parts.body ? { body: parts.body } : {}),
    ...(mutation ? { mutation } : {}),
  };
}

function parameterMismatch(
  parameters: Parameter[],
  values: Record<string, string | string[]>,
  validator: SchemaValidator,
) {
  for (const parameter of parameters) {
    const value = values[parameter.name];
    if (value === undefined) {
      if (parameter.required) return `${parameter.name}: missing`;
      continue;
    }
    if (Array.isArray(value)) return `${parameter.name}: repeated`;
    const problem = validator.mismatch(parameter.schema, fromWire(value, parameter.schema));
    if (problem) return `${parameter.name}: ${problem}`;
  }
  return null;
}

/** Why the request breaks its operation's schemas, or null when every part matches. */
export function contractMismatch(request: Omit<FuzzRequest, 'expectation'>, validator: SchemaValidator): string | null {
  const { operation, body } = request;
  const inPath = parameterMismatch(operation.pathParams, request.pathValues, validator);
  if (inPath) return `path ${inPath}`;
  const inQuery = parameterMismatch(operation.queryParams, request.query, validator);
  if (inQuery) return `query ${inQuery}`;
  if (!operation.body || !body) return null; // no body at all reads as {} (the server's convention)
  if (body.kind === 'text') {
    if (body.contentType !== 'application/json') return null; // not parsed as JSON: also read as {}
    try {
      JSON.parse(body.text);
    } catch {
      return 'body: not JSON';
    }
    return null; // text that parses is checked like a JSON body by the mutation that wrote it
  }
  if (body.kind === 'bytes') return null;
  if (operation.body.mediaType !== 'application/json') return 'body: JSON where bytes are expected';
  const problem = validator.mismatch(operation.body.schema, body.value);
  return problem ? `body ${problem}` : null;
}

/**
 * `count` requests whose every part matches the schemas. A value from a corner of a schema the generator
 * reads loosely is dropped (counted in `dropped`), so what is sent as valid is valid.
 */
export function validRequests(
  operation: Operation,
  ids: IdSource,
  validator: SchemaValidator,
  seed: number,
  count: number,
): { requests: FuzzRequest[]; dropped: number } {
  const requests: FuzzRequest[] = [];
  let dropped = 0;
  const candidates = fc.sample(partsArbitrary(operation, ids), { seed, numRuns: count * 3 });
  for (const parts of candidates) {
    if (requests.length === count) break;
    const request = toRequest(operation, parts);
    if (contractMismatch(request, validator)) dropped += 1;
    else requests.push({ ...request, expectation: 'valid' });
  }
  return { requests, dropped };
}

/** The mutations that apply to the operation, each with the valid parts it starts from. */
function mutationsFor(operation: Operation): Mutation[] {
  return [
    ...pathMutations(operation),
    ...queryMutations(operation),
    ...bodyMutations(operation),
    ...credentialMutations(operation),
  ];
}

/** `count` requests each with one thing broken: a type, a bound, a required part, the JSON, a credential. */
export function mutatedRequests(
  operation: Operation,
  ids: IdSource,
  validator: SchemaValidator,
  seed: number,
  count: number,
): FuzzRequest[] {
  const mutations = mutationsFor(operation);
  const mutated = partsArbitrary(operation, ids).chain((parts) =>
    fc.oneof(...mutations.map((mutation) => mutation(parts))),
  );
  return fc.sample(mutated, { seed, numRuns: count }).map(({ parts, label, expectation }) => {
    const request = toRequest(operation, parts, label);
    if (expectation) return { ...request, expectation };
    return { ...request, expectation: contractMismatch(request, validator) ? 'invalid' : 'valid' };
  });
}

export type { RequestParts };
