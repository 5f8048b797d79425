// The web app's HTTP boundary in tests: globalThis.fetch answers like the API would (JSON bodies,
// the same error envelope), so the app's own client, React Query and components run unchanged.
import { expect, onTestFinished, vi } from 'vitest';
import type { ErrorCode } from '#shared/common/errors.schemas.js';
import { translate } from '#shared/i18n/translate.js';

export interface SentRequest {
  method: string;
  /** The path without the query: /api/dossiers/8f0e.... */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body, or undefined for a GET. */
  body: unknown;
  /** The values of the route's :params. */
  params: Record<string, string>;
}

export interface Reply {
  status?: number;
  body: unknown;
}

type Handler = (request: SentRequest) => Reply | Promise<Reply>;

/** The error envelope the server sends, with its Vietnamese message. */
export const apiError = (status: number, code: ErrorCode, issues?: Array<{ path: string; message: string }>) => ({
  status,
  body: { error: { code, message: translate('vi', `errors.${code}`), ...(issues ? { issues } : {}) } },
});

function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    if (want[i]!.startsWith(':')) params[want[i]!.slice(1)] = decodeURIComponent(got[i]!);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

/**
 * What fetch was asked for, in any of the forms fetch takes: a path or address, a URL, or a Request
 * (whose method and body count unless init overrides them).
 */
async function readRequest(input: RequestInfo | URL, init: RequestInit) {
  if (input instanceof Request) {
    const body = init.body ?? (await input.text());
    return { url: new URL(input.url, 'http://localhost'), method: init.method ?? input.method, body };
  }
  return { url: new URL(input, 'http://localhost'), method: init.method ?? 'GET', body: init.body };
}

/**
 * Replaces fetch with routes keyed "METHOD /api/path/:param" (call it inside a test). Every request is
 * recorded, in order; one no route answers gets the server's 404 and fails the test, naming it.
 */
export function fakeServer(routes: Record<string, Handler>) {
  const requests: SentRequest[] = [];
  const unanswered: string[] = [];
  onTestFinished(() => expect(unanswered, 'requests no fake route answered').toEqual([]));
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const sent = await readRequest(input, init);
    const url = sent.url;
    const method = sent.method.toUpperCase();
    for (const [key, handler] of Object.entries(routes)) {
      const [routeMethod, pattern] = key.split(' ');
      const params = routeMethod === method ? match(pattern!, url.pathname) : null;
      if (!params) continue;
      const body = typeof sent.body === 'string' && sent.body !== '' ? (JSON.parse(sent.body) as unknown) : undefined;
      const request: SentRequest = { method, path: url.pathname, query: url.searchParams, body, params };
      requests.push(request);
      const reply = await handler(request);
      return new Response(JSON.stringify(reply.body), {
        status: reply.status ?? 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    unanswered.push(`${method} ${url.pathname}`);
    const notFound = apiError(404, 'not_found');
    return new Response(JSON.stringify(notFound.body), {
      status: 404,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return {
    requests,
    /** The requests sent with one method to one path pattern. */
    sent: (method: string, pattern: string) => requests.filter((r) => r.method === method && match(pattern, r.path)),
  };
}
