import fc from 'fast-check';
import type { Expectation } from './fuzz-request.js';
import type { Operation } from './openapi-operations.js';
import type { RequestParts } from './request-generators.js';

/**
 * Ways to break one part of a valid request, each an arbitrary of the broken request and a label saying what
 * was done ("body.systems[0].answers: wrong type"). Whether the result is still valid is decided afterwards,
 * by the schemas (an extra field, for one, is allowed); a left-out credential fixes the expected answer itself.
 */

export interface Mutated {
  parts: RequestParts;
  label: string;
  expectation?: Expectation;
}
export type Mutation = (parts: RequestParts) => fc.Arbitrary<Mutated>;

type JsonPath = Array<string | number>;

/** Text that has broken parsers, encoders, databases and PDF fonts before. */
const awkwardText = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\u202eđảo ngược',
  '\u200b\u200c\u200d\ufeff',
  'a' + '\u0301'.repeat(500),
  '👨‍👩‍👧‍👦🇻🇳',
  '𝕏𝔂𝖟',
  'Nguye\u0302\u0303n', // decomposed Vietnamese
  "' OR 1=1 --",
  '"; DROP TABLE dossiers; --',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.invalid")',
  '${7*7}{{7*7}}',
  '%00%2e%2e%2f',
  '../../../../etc/passwd',
  '\r\nSet-Cookie: x=1',
  'ý'.repeat(20_000),
];

const awkwardNumbers = [
  -1,
  0,
  -0,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  1e21,
  -1e21,
  1e308,
  -1e308,
  5e-324,
];

/** Values of every JSON type, for "wrong type". */
const anyJson: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  '',
  'x',
  '1',
  [],
  [null],
  {},
  { a: 1 },
  ...awkwardNumbers.slice(0, 4),
];

const badIds = [
  'abc',
  '0',
  '-1',
  '1.5',
  '..',
  '%',
  ' ',
  'null',
  'undefined',
  "' OR '1'='1",
  '🙂',
  'x'.repeat(5_000),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  '6BA7B810-9DAD-41D1-80B4-00C04FD430C8',
  '6ba7b8109dad41d180b400c04fd430c8',
  '{6ba7b810-9dad-41d1-80b4-00c04fd430c8}',
  '6ba7b810-9dad-41d1-80b4-00c04fd430c8 ',
  '99999999999999999999',
  '2000',
  '2101',
  '1999',
  'nd85',
  'nd99',
];

/** Every place in a JSON value, with what is there: the root too (path []). */
function placesIn(value: unknown, path: JsonPath = []): Array<{ path: JsonPath; value: unknown }> {
  const here = [{ path, value }];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => placesIn(item, [...path, index])));
  if (value && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([key, item]) => placesIn(item, [...path, key])));
  return here;
}

const labelOf = (path: JsonPath) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`), 'body');

/** A copy of `value` with the place at `path` replaced (or removed, when `replacement` is `remove`). */
const remove = Symbol('remove');
function withPlace(value: unknown, path: JsonPath, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

const jsonBody = (parts: RequestParts, value: unknown): RequestParts => ({ ...parts, body: { kind: 'json', value } });

function jsonBodyMutations(): Mutation[] {
  const atPlace = (
    pick: (place: { path: JsonPath; value: unknown }) => boolean,
    replacement: (value: unknown) => fc.Arbitrary<unknown>,
    what: string,
  ): Mutation => {
    return (parts) => {
      const body = parts.body?.kind === 'json' ? parts.body.value : {};
      const places = placesIn(body).filter(pick);
      if (places.length === 0) return fc.constant({ parts: jsonBody(parts, null), label: `body: null (${what})` });
      return fc.constantFrom(...places).chain((place) =>
        replacement(place.value).map((next) => ({
          parts: jsonBody(parts, withPlace(body, place.path, next)),
          label: `${labelOf(place.path)}: ${what}`,
        })),
      );
    };
  };
  const isString = (place: { value: unknown }) => typeof place.value === 'string';
  const isNumber = (place: { value: unknown }) => typeof place.value === 'number';
  const isObject = (place: { value: unknown }) =>
    !!place.value && typeof place.value === 'object' && !Array.isArray(place.value);
  const isMember = (place: { path: JsonPath }) => place.path.length > 0;
  return [
    atPlace(isMember, () => fc.constant(remove), 'left out'),
    atPlace(
      () => true,
      () => fc.constantFrom(...anyJson),
      'wrong type',
    ),
    atPlace(isString, () => fc.constantFrom(...awkwardText), 'awkward text'),
    atPlace(isString, () => fc.constantFrom('x'.repeat(100_000), 'ạ'.repeat(300_000)), 'huge text'),
    atPlace(isNumber, () => fc.constantFrom(...awkwardNumbers), 'boundary number'),
    atPlace(
      isObject,
      (value) =>
        fc
          .constantFrom<[string, unknown]>(
            ['unexpected', 'x'],
            ['__proto__', { isAdmin: true }],
            ['constructor', { prototype: { isAdmin: true } }],
            ['id', '6ba7b810-9dad-41d1-80b4-00c04fd430c8'],
            ['version', -1],
          )
          .map(([key, extra]) => ({ ...(value as object), [key]: extra })),
      'extra field',
    ),
  ];
}

/** Whole-body breakage: not an object, not JSON, the wrong media type, too deep, too large, missing. */
function wholeBodyMutations(operation: Operation): Mutation[] {
  const text = (parts: RequestParts, body: string, contentType = 'application/json') => ({
    ...parts,
    body: { kind: 'text' as const, text: body, contentType },
  });
  const deep = '['.repeat(5_000) + ']'.repeat(5_000);
  return [
    (parts) =>
      fc.constantFrom(null, [], 'text', 42, true).map((value) => ({
        parts: jsonBody(parts, value),
        label: `body: ${JSON.stringify(value)} instead of an object`,
      })),
    (parts) =>
      fc.constantFrom('{', '{"a":', '{"a":1,}', "{'a':1}", 'NaN', '\u0000', '{"a":"\\ud800"}').map((body) => ({
        parts: text(parts, body),
        label: `body: broken JSON ${JSON.stringify(body)}`,
      })),
    (parts) =>
      fc.constant({
        parts: text(parts, JSON.stringify(parts.body?.kind === 'json' ? parts.body.value : {}), 'text/plain'),
        label: 'body: JSON sent as text/plain',
      }),
    (parts) => fc.constant({ parts: text(parts, `{"a":${deep}}`), label: 'body: nested 5000 deep' }),
    (parts) =>
      fc.constant({ parts: text(parts, `{"a":"${'x'.repeat(1_100_000)}"}`), label: 'body: over the 1 MB limit' }),
    (parts) => fc.constant({ parts: { ...parts, body: undefined }, label: `body: missing (${operation.method})` }),
  ];
}

function bytesBodyMutations(): Mutation[] {
  const bytes = (parts: RequestParts, data: Uint8Array<ArrayBuffer>, contentType: string): RequestParts => ({
    ...parts,
    body: { kind: 'bytes', bytes: data, contentType },
  });
  return [
    (parts) =>
      fc.constant({ parts: bytes(parts, new Uint8Array(0), 'application/octet-stream'), label: 'bytes: empty' }),
    (parts) =>
      fc.constantFrom(12_000_000, 30_000_000).map((size) => ({
        parts: bytes(parts, new Uint8Array(size), 'application/octet-stream'),
        label: `bytes: ${size} bytes`,
      })),
    (parts) =>
      fc.constant({
        parts: bytes(parts, new TextEncoder().encode('{"a":1}'), 'application/json'),
        label: 'bytes: sent as JSON',
      }),
  ];
}

export function bodyMutations(operation: Operation): Mutation[] {
  if (!operation.body) return [];
  if (operation.body.mediaType !== 'application/json') return bytesBodyMutations();
  return [...jsonBodyMutations(), ...jsonBodyMutations(), ...wholeBodyMutations(operation)];
}

export function pathMutations(operation: Operation): Mutation[] {
  return operation.pathParams.map(
    (parameter) => (parts) =>
      // Never empty: /api/organisations/ is another route (the list), not a bad id.
      fc.constantFrom(...badIds, ...awkwardText.slice(1, 12)).map((value) => ({
        parts: { ...parts, pathValues: { ...parts.pathValues, [parameter.name]: value } },
        label: `path ${parameter.name}: ${JSON.stringify(value.slice(0, 40))}`,
      })),
  );
}

export function queryMutations(operation: Operation): Mutation[] {
  const set = (parts: RequestParts, name: string, value: unknown): RequestParts => ({
    ...parts,
    query: { ...parts.query, [name]: value },
  });
  const perParameter = operation.queryParams.flatMap((parameter): Mutation[] => [
    (parts) =>
      fc
        .constantFrom<unknown>(
          ...badIds.slice(0, 12),
          ...awkwardText.slice(0, 12),
          ...awkwardNumbers.map(String),
          '',
          '1e3',
        )
        .map((value) => ({
          parts: set(parts, parameter.name, value),
          label: `query ${parameter.name}: ${JSON.stringify(value).slice(0, 40)}`,
        })),
    (parts) =>
      fc.constant({
        parts: set(parts, parameter.name, ['1', '2']),
        label: `query ${parameter.name}: repeated`,
      }),
    (parts) => {
      const { [parameter.name]: _left, ...rest } = parts.query;
      return fc.constant({ parts: { ...parts, query: rest }, label: `query ${parameter.name}: left out` });
    },
  ]);
  const unknown: Mutation = (parts) =>
    fc.constantFrom('__proto__', 'constructor', 'zz', 'limit').map((name) => ({
      parts: set(parts, name, name === 'limit' ? '99999' : 'x'),
      label: `query ${name}: not declared`,
    }));
  return [...perParameter, unknown];
}

/** Without the session cookie: 401; without the CSRF header on a state-changing method: 403. */
export function credentialMutations(operation: Operation): Mutation[] {
  if (!operation.authenticated) return [];
  const mutations: Mutation[] = [
    (parts) => fc.constant({ parts, label: 'no session cookie', expectation: 'noSession' as const }),
  ];
  if (operation.method !== 'GET')
    mutations.push((parts) => fc.constant({ parts, label: 'no x-csrf-token', expectation: 'noCsrf' as const }));
  return mutations;
}
