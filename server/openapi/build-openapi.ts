import { z } from 'zod';
import type { Contract } from '#shared/common/contract.js';
import { apiErrorSchema } from '#shared/common/errors.schemas.js';
import * as allContracts from '#shared/contracts.js';

const isContract = (value: unknown): value is Contract =>
  typeof value === 'object' && value !== null && 'method' in value && 'path' in value && 'response' in value;

export const contractList: Contract[] = Object.values(allContracts).flatMap((group) =>
  Object.values(group).filter(isContract),
);

const toJson = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/**
 * A request body that is a union keyed by one field (a dossier transition: one schema per action)
 * is documented the way OpenAPI expects: each option a named component ("TransitionBody.approve"),
 * the body a oneOf of them with a discriminator, so a client sees what each value of the key needs.
 * Any other body is inlined.
 */
function requestBodySchema(schema: z.ZodType, components: Record<string, unknown>): Record<string, unknown> {
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return toJson(schema, 'input');
  const key = schema.def.discriminator;
  const base = String(schema.meta()?.title ?? 'Body');
  const mapping: Record<string, string> = {};
  for (const option of schema.options as readonly z.ZodObject[]) {
    const value = String((option.shape[key] as z.ZodLiteral).def.values[0]);
    const name = `${base}.${value}`;
    const json = toJson(option, 'input');
    delete json.$schema; // the document's dialect is OpenAPI 3.1's own
    components[name] = { title: name, ...json };
    mapping[value] = `#/components/schemas/${name}`;
  }
  return {
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: key, mapping },
  };
}

function parameters(contract: Contract) {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', contract.params],
    ['query', contract.query],
  ] as const) {
    if (!schema) continue;
    const json = toJson(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return out;
}

const fileContent = { schema: { type: 'string', contentMediaType: 'application/octet-stream' } };

/** A JSON answer, and the files the same endpoint answers instead when asked for one. */
const successContent = (contract: Contract) => ({
  'application/json': { schema: toJson(contract.response, 'output') },
  ...Object.fromEntries((contract.files ?? []).map((mediaType) => [mediaType, fileContent])),
});

/**
 * A stream of server-sent events: OpenAPI 3.1 has no schema for the events of a stream, so the document says it in
 * words and gives the schema of each event's data as an extension (x-event-data).
 */
const eventStreamContent = (contract: Contract, event: string) => ({
  'text/event-stream': {
    schema: {
      type: 'string',
      description:
        `Server-sent events, open until the server ends the stream: \`event: ${event}\` with \`data\` ` +
        'JSON as x-event-data, and a comment line now and then to keep the connection open',
    },
    'x-event-data': toJson(contract.response, 'output'),
  },
});

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

/** OpenAPI 3.1, generated from the shared contracts: never written by hand. */
export function buildOpenApi() {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = { ApiError: toJson(apiErrorSchema, 'output') };
  for (const contract of contractList) {
    const responses: Record<string, unknown> = {
      [String(contract.status ?? 200)]: {
        description: 'OK',
        content:
          contract.binary === 'response'
            ? { 'application/octet-stream': fileContent }
            : contract.eventStream
              ? eventStreamContent(contract, contract.eventStream)
              : successContent(contract),
      },
      '400': errorResponse('Invalid input; issues name each field'),
    };
    if (contract.auth) {
      responses['401'] = errorResponse('No session');
      responses['403'] = errorResponse('Not allowed, or missing x-csrf-token');
      responses['404'] = errorResponse("Not found or outside the caller's scope");
    }
    const writes = contract.method !== 'get';
    const takesBody = Boolean(contract.body) || contract.binary === 'request';
    if (!contract.auth && writes) responses['401'] = errorResponse('Wrong credentials or link');
    if (writes) responses['409'] = errorResponse('Stale version, or the record is not in a state that allows it');
    if (takesBody) responses['413'] = errorResponse('Body too large');
    if (writes) responses['429'] = errorResponse('Too many attempts or running exports; see Retry-After');
    // Every answer may be this one while the database cannot be reached.
    responses['503'] = errorResponse('The database cannot be reached; try again (Retry-After)');
    (paths[openApiPath(contract.path)] ??= {})[contract.method] = {
      summary: contract.summary,
      tags: [contract.tag],
      operationId: `${contract.method}${contract.path.replace(/[^A-Za-z]+/g, '_')}`,
      parameters: parameters(contract),
      ...(contract.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: requestBodySchema(contract.body, schemas) } },
            },
          }
        : {}),
      ...(contract.binary === 'request'
        ? {
            requestBody: {
              required: true,
              content: {
                'application/octet-stream': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              },
            },
          }
        : {}),
      responses,
      ...(contract.auth ? { security: [{ session: [] }] } : { security: [] }),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'capdo API',
      version: '0.1.0',
      description:
        'Theo dõi hồ sơ đề xuất cấp độ an toàn hệ thống thông tin. Log in with POST /api/auth/login; send the ' +
        'returned csrfToken as header x-csrf-token on every state-changing request.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'capdo_session' } },
    },
  };
}
