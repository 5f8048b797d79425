import fc from 'fast-check';
import type { JsonSchema } from './openapi-operations.js';

/**
 * fast-check arbitraries that produce values a JSON Schema (draft 2020-12, as the OpenAPI document writes it)
 * accepts. Strings mix plain Vietnamese, any Unicode and long text; ids are mostly real ones (a random id
 * only ever reaches the 404 branch); recursion stops after a few levels. The caller still validates each value
 * with Ajv and drops the few a corner of the schema rejects (a grapheme counted as two code points, a oneOf
 * option that two branches accept), so the generator stays simple.
 */

/** Known ids for a field or path parameter name ("operatorOrganisationId", "systemIds", "id" of /api/systems). */
export type IdSource = (field: string) => readonly string[];

interface Context {
  /** The schema resource `#/$defs/...` resolves against: the root, or the nearest schema with an $id */
  resource: JsonSchema;
  depth: number;
  field: string;
  ids: IdSource;
}

const maxDepth = 4;
const maxExtraItems = 4;

const vietnameseWords = [
  'Hệ thống',
  'quản lý',
  'văn bản',
  'điều hành',
  'cổng',
  'dịch vụ công',
  'trực tuyến',
  'huyện',
  'Yên Định',
  'Thanh Hóa',
  'xã',
  'Định Bình',
  'một cửa',
  'điện tử',
  'cấp độ',
  'an toàn',
  'thông tin',
  'Sở',
  'Thông tin và Truyền thông',
  'năm 2025',
];

const webAddresses = ['yendinh.thanhhoa.gov.vn', 'https://dichvucong.thanhhoa.gov.vn/tra-cuu', 'http://10.0.0.1:8080'];

const codePoints = (text: string) => [...text].length;

function textArbitrary(minLength: number, maxLength: number | undefined): fc.Arbitrary<string> {
  const max = maxLength ?? Math.max(minLength + 80, 200);
  const fit = (text: string) => {
    const points = [...text];
    const cut = points.slice(0, max).join('');
    return codePoints(cut) >= minLength ? cut : cut.padEnd(minLength, 'x');
  };
  const short = Math.max(minLength, Math.min(max, 60));
  const long = Math.min(max, Math.max(minLength, maxLength ?? 5_000));
  return fc
    .oneof(
      { weight: 5, arbitrary: fc.array(fc.constantFrom(...vietnameseWords), { minLength: 1, maxLength: 6 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength: short }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength, maxLength: short }) },
      { weight: 1, arbitrary: fc.constantFrom('ạ'.repeat(long), 'x'.repeat(long), ' '.repeat(Math.min(long, 40))) },
    )
    .map((value) => fit(Array.isArray(value) ? value.join(' ') : value));
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const dayArbitrary = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map(isoDay);
const recentDayArbitrary = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map(isoDay);

function idArbitrary(context: Context): fc.Arbitrary<string> {
  const known = context.ids(context.field);
  const random = fc.uuid({ version: 4 });
  if (known.length === 0) return random;
  return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: random });
}

function stringArbitrary(schema: JsonSchema, context: Context): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  if (schema.format === 'uuid') return idArbitrary(context);
  if (schema.format === 'date') return fc.oneof({ weight: 3, arbitrary: recentDayArbitrary }, dayArbitrary);
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  // An address is checked as a host name or URL beyond what the schema says: some real ones reach the handler.
  if (/address/i.test(context.field))
    return fc.oneof(fc.constantFrom(...webAddresses), textArbitrary(minLength, maxLength));
  return textArbitrary(minLength, maxLength);
}

function numberBounds(schema: JsonSchema, integer: boolean) {
  const step = integer ? 1 : Number.EPSILON;
  let min = typeof schema.minimum === 'number' ? schema.minimum : -1e9;
  let max = typeof schema.maximum === 'number' ? schema.maximum : 1e9;
  if (typeof schema.exclusiveMinimum === 'number') min = schema.exclusiveMinimum + step;
  if (typeof schema.exclusiveMaximum === 'number') max = schema.exclusiveMaximum - step;
  return integer ? { min: Math.ceil(min), max: Math.floor(max) } : { min, max };
}

function integerArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const { min, max } = numberBounds(schema, true);
  const small = fc.integer({ min: Math.max(min, Math.min(max, 0)), max: Math.min(max, Math.max(min, 0) + 10) });
  return fc.oneof(
    { weight: 3, arbitrary: small },
    { weight: 2, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const { min, max } = numberBounds(schema, false);
  return fc.oneof(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.ceil(Math.max(min, -1000)), max: Math.floor(Math.min(max, 1000)) }),
  );
}

function arrayArbitrary(schema: JsonSchema, context: Context): fc.Arbitrary<unknown[]> {
  const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const declaredMax = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  // Deep in a recursive schema, arrays stay as short as they may.
  const maxLength = context.depth >= maxDepth ? minLength : Math.min(declaredMax, minLength + maxExtraItems);
  const items = schema.items === undefined ? {} : (schema.items as JsonSchema);
  return fc.array(valueArbitrary(items, context), { minLength, maxLength });
}

function objectArbitrary(schema: JsonSchema, context: Context): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties))
    model[name] = valueArbitrary(property, { ...context, field: name });
  const known = fc.record(model, { requiredKeys: [...required].filter((name) => name in properties) });
  const extra = schema.additionalProperties;
  if (Object.keys(properties).length > 0 || !extra || typeof extra !== 'object') return known;
  // A map (propertyNames and additionalProperties): a few entries with keys the schema allows.
  const keys = schema.propertyNames
    ? (valueArbitrary(schema.propertyNames as JsonSchema, context) as fc.Arbitrary<string>)
    : fc.string({ minLength: 1, maxLength: 12 });
  return fc.dictionary(keys, valueArbitrary(extra as JsonSchema, context), { maxKeys: 4 });
}

function resolveRef(ref: string, context: Context): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`fuzz: unsupported $ref ${ref}`);
  let target: unknown = context.resource;
  for (const part of ref.slice(2).split('/'))
    target = (target as JsonSchema | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (!target || typeof target !== 'object') throw new Error(`fuzz: unresolved $ref ${ref}`);
  return target as JsonSchema;
}

const refersAnywhere = (schema: unknown): boolean => JSON.stringify(schema ?? null).includes('"$ref"');

function choiceArbitrary(options: JsonSchema[], context: Context): fc.Arbitrary<unknown> {
  // Past the depth limit only options that cannot recurse are taken, so a recursive schema ends.
  const plain = options.filter((option) => !refersAnywhere(option));
  const chosen = context.depth >= maxDepth && plain.length > 0 ? plain : options;
  return fc.oneof(...chosen.map((option) => valueArbitrary(option, context)));
}

/** An arbitrary of values the schema accepts (nearly always: see the note at the top). */
function valueArbitrary(schema: JsonSchema | boolean, context: Context): fc.Arbitrary<unknown> {
  if (schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0))
    return fc.jsonValue({ maxDepth: 2 });
  if (schema === false) throw new Error('fuzz: a schema that accepts nothing');
  const here: Context = typeof schema.$id === 'string' ? { ...context, resource: schema } : context;
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(schema.$ref, here);
    return fc.constant(null).chain(() => valueArbitrary(target, { ...here, depth: here.depth + 1 }));
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options) return choiceArbitrary(options, here);
  if (Array.isArray(schema.allOf))
    return valueArbitrary(Object.assign({}, ...(schema.allOf as JsonSchema[])) as JsonSchema, here);
  if (Array.isArray(schema.type))
    return fc.oneof(...(schema.type as string[]).map((type) => valueArbitrary({ ...schema, type }, here)));
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema, here);
    case 'integer':
      return integerArbitrary(schema);
    case 'number':
      return numberArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArbitrary(schema, here);
    case 'object':
      return objectArbitrary(schema, here);
    default:
      return 'properties' in schema ? objectArbitrary(schema, here) : fc.jsonValue({ maxDepth: 2 });
  }
}

/** The arbitrary for one request part: a parameter's or a body's schema, which is its own root. */
export function schemaArbitrary(schema: JsonSchema, field: string, ids: IdSource): fc.Arbitrary<unknown> {
  return valueArbitrary(schema, { resource: schema, depth: 0, field, ids });
}
