import type { Operation } from './openapi-operations.js';

/**
 * One request the fuzzer sends, described fully enough to be sent again by hand: what makes it, and what the
 * answer must then be. A request is "valid" when every part matches its schema, "invalid" when one does not
 * (Ajv says which), and "no session" / "no CSRF" when a credential was left out on purpose.
 */
export type Expectation = 'valid' | 'invalid' | 'noSession' | 'noCsrf';

export type RequestBody =
  | { kind: 'json'; value: unknown }
  /** Text sent as is: broken JSON, or JSON under the wrong media type */
  | { kind: 'text'; text: string; contentType: string }
  | { kind: 'bytes'; bytes: Uint8Array<ArrayBuffer>; contentType: string };

export interface FuzzRequest {
  operation: Operation;
  pathValues: Record<string, string>;
  /** Query parameters as sent; an array repeats the key */
  query: Record<string, string | string[]>;
  body?: RequestBody;
  expectation: Expectation;
  /** What was changed to make it invalid, e.g. "body.systems: wrong type" */
  mutation?: string;
}

/** A lone surrogate cannot travel in a URL (encodeURIComponent throws): it goes as U+FFFD, as browsers send it. */
const wellFormed = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** The path with its parameters filled in (each encoded, so "../x" stays one segment). */
function urlPathOf(request: FuzzRequest): string {
  return request.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(wellFormed(request.pathValues[name] ?? '')),
  );
}

export function urlOf(baseUrl: string, request: FuzzRequest): URL {
  const url = new URL(urlPathOf(request), baseUrl);
  for (const [name, value] of Object.entries(request.query))
    for (const one of Array.isArray(value) ? value : [value]) url.searchParams.append(name, wellFormed(one));
  return url;
}

/** The body as the bytes and media type sent. */
export function encodedBody(body: RequestBody | undefined): {
  payload?: Uint8Array<ArrayBuffer> | string;
  contentType?: string;
} {
  if (!body) return {};
  if (body.kind === 'json') return { payload: JSON.stringify(body.value), contentType: 'application/json' };
  if (body.kind === 'text') return { payload: body.text, contentType: body.contentType };
  return { payload: body.bytes, contentType: body.contentType };
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const maxShownBody = 2_000;

/**
 * A curl command that sends the same request to a running server ($BASE, $SESSION and $CSRF from a login),
 * the body cut short when it is long (the full request is in the JSON report).
 */
export function curlOf(request: FuzzRequest): string {
  const { method, authenticated } = request.operation;
  const url = urlOf('http://fuzz.invalid', request);
  const parts = [`curl -i -X ${method} "$BASE"${shellQuote(url.pathname + url.search)}`];
  if (authenticated && request.expectation !== 'noSession') parts.push(`-b "capdo_session=$SESSION"`);
  if (method !== 'GET' && request.expectation !== 'noCsrf' && request.expectation !== 'noSession')
    parts.push(`-H "x-csrf-token: $CSRF"`);
  const { payload, contentType } = encodedBody(request.body);
  if (contentType) parts.push(`-H ${shellQuote(`content-type: ${contentType}`)}`);
  if (typeof payload === 'string') {
    const shown =
      payload.length > maxShownBody ? `${payload.slice(0, maxShownBody)}…(${payload.length} chars)` : payload;
    parts.push(`--data-binary ${shellQuote(shown)}`);
  } else if (payload) parts.push(`--data-binary @<${payload.length} bytes>`);
  return parts.join(' ');
}

/** The request as JSON, for the report file. */
export function recordOf(request: FuzzRequest) {
  const { payload, contentType } = encodedBody(request.body);
  return {
    operation: request.operation.id,
    method: request.operation.method,
    path: urlPathOf(request),
    query: request.query,
    expectation: request.expectation,
    ...(request.mutation ? { mutation: request.mutation } : {}),
    ...(contentType ? { contentType } : {}),
    ...(typeof payload === 'string' ? { body: payload } : {}),
    ...(payload instanceof Uint8Array ? { bodyBase64: Buffer.from(payload).toString('base64') } : {}),
  };
}
