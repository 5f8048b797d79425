/**
 * The operations of the server's OpenAPI document, as the fuzzer needs them: each parameter's and body's JSON
 * Schema with every `$ref` to `#/components/schemas/...` inlined (an inlined component that has `$defs` gets an
 * `$id`, so its local references still resolve), and each declared response with its schema.
 */

export type JsonSchema = Record<string, unknown>;

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

interface OpenApiMedia {
  schema?: JsonSchema;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, OpenApiMedia> };
  responses: Record<string, { content?: Record<string, OpenApiMedia> }>;
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Parameter {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  id: string;
  method: string;
  /** The OpenAPI path template, e.g. /api/systems/{id} */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The request body's media type and schema, when the operation takes one */
  body?: { mediaType: string; schema: JsonSchema };
  /** Declared responses by status: media type to schema (undefined for a file) */
  responses: Map<number, Map<string, JsonSchema | undefined>>;
  /** Needs a session (declares a security requirement) */
  authenticated: boolean;
}

const componentPrefix = '#/components/schemas/';
let inlinedCopies = 0;

/** Inlines component references; the component becomes its own resource ($id) so its `#/$defs/...` still work. */
function inlineComponents(schema: unknown, components: Record<string, JsonSchema>, seen: string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inlineComponents(item, components, seen));
  if (!schema || typeof schema !== 'object') return schema;
  const object = schema as JsonSchema;
  const ref = object.$ref;
  if (typeof ref === 'string' && ref.startsWith(componentPrefix)) {
    const name = decodeURIComponent(ref.slice(componentPrefix.length));
    const target = components[name];
    if (!target) throw new Error(`OpenAPI: unknown component ${ref}`);
    if (seen.includes(name)) throw new Error(`OpenAPI: component ${name} refers to itself`);
    const inlined = inlineComponents(target, components, [...seen, name]) as JsonSchema;
    delete inlined.$schema;
    if (!inlined.$defs) return inlined;
    // Each copy gets its own $id: a validator holds every compiled schema by $id, and refuses a second one.
    inlinedCopies += 1;
    return { $id: `urn:capdo:component:${encodeURIComponent(name)}:${inlinedCopies}`, ...inlined };
  }
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(object)) {
    // A dialect is declared once, at the root; nested copies only upset validators.
    if (key === '$schema' && seen.length > 0) continue;
    out[key] = key === 'discriminator' ? value : inlineComponents(value, components, seen);
  }
  return out;
}

/** Every operation of the document, in the document's order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const components = document.components?.schemas ?? {};
  const inline = (schema: JsonSchema | undefined) =>
    schema === undefined ? undefined : (inlineComponents(schema, components) as JsonSchema);
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = (operation.parameters ?? []).map((parameter) => ({
        in: parameter.in,
        name: parameter.name,
        required: parameter.required === true,
        schema: inline(parameter.schema) ?? {},
      }));
      const bodyMedia = Object.entries(operation.requestBody?.content ?? {})[0];
      const responses = new Map<number, Map<string, JsonSchema | undefined>>();
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = new Map<string, JsonSchema | undefined>();
        for (const [type, content] of Object.entries(response.content ?? {}))
          media.set(type, type === 'application/json' ? inline(content.schema) : undefined);
        responses.set(Number(status), media);
      }
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((parameter) => parameter.in === 'path'),
        queryParams: parameters.filter((parameter) => parameter.in === 'query'),
        ...(bodyMedia ? { body: { mediaType: bodyMedia[0], schema: inline(bodyMedia[1].schema) ?? {} } } : {}),
        responses,
        authenticated: (operation.security ?? []).length > 0,
      });
    }
  }
  return operations;
}

/** The schema of the error shape every 4xx answers with. */
export function errorSchemaOf(document: OpenApiDocument): JsonSchema {
  const schema = document.components?.schemas?.ApiError;
  if (!schema) throw new Error('OpenAPI: no ApiError component');
  return schema;
}

/** A readable name for reports: "POST /api/systems". */
export const operationName = (operation: Pick<Operation, 'method' | 'path'>) => `${operation.method} ${operation.path}`;
