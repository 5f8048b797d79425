import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Contract } from '#shared/common/contract.js';
import { formatIssuePath } from '#shared/common/errors.schemas.js';
import { zodErrorMap, type Locale } from '#shared/i18n/translate.js';
import type { Actor } from '../policies/actor.js';
import { FileResponse, sendFileResponse } from './file-response.js';
import { HttpError } from './http-error.js';
import { jsonTooDeep, MAX_JSON_DEPTH } from './json-depth.js';
import { contextOf, localeOf } from './request-context.js';
import { requireSession } from './authenticate.js';

type Out<S> = [Exclude<S, undefined>] extends [z.ZodType] ? z.output<Exclude<S, undefined>> : undefined;

interface RouteInput<C extends Contract> {
  params: Out<C['params']>;
  query: Out<C['query']>;
  body: Out<C['body']>;
  locale: Locale;
  req: Request;
  res: Response;
}
type AuthedInput<C extends Contract> = RouteInput<C> & { actor: Actor };

/**
 * A handler answers its contract's JSON, or a file. A contract that only answers files has
 * response: fileResponseSchema (z.never()), so its handler can return nothing but a FileResponse.
 */
type Reply<C extends Contract> = z.input<C['response']> | FileResponse;
type Handler<C extends Contract, I> = (input: I) => Promise<Reply<C>> | Reply<C>;

/** Responses are checked against their contract in tests, so a presenter cannot drift from the docs. */
const checkResponses = process.env.NODE_ENV === 'test';

/**
 * U+0000, or a lone UTF-16 surrogate (half of a pair, no character at all: JSON can carry "\ud800"): PostgreSQL
 * stores neither, in text or in the JSON of an audit event.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);

/**
 * Paths of strings PostgreSQL cannot store (see unstorable). Iterative, and refusing nesting past
 * MAX_JSON_DEPTH, so no input can exhaust the stack or make the walk cost more than one pass.
 */
function unstorablePaths(value: unknown, where: string): string[] {
  const found: string[] = [];
  const pending: Array<{ item: unknown; path: PropertyKey[] }> = [{ item: value, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { item, path } = next;
    if (typeof item === 'string') {
      if (unstorable(item)) found.push(formatIssuePath(path));
    } else if (item && typeof item === 'object') {
      if (path.length >= MAX_JSON_DEPTH) throw jsonTooDeep(where);
      // Children go on the stack last first, so the paths come out in the order of the input.
      const children = Object.entries(item).reverse();
      for (const [key, child] of children)
        pending.push({ item: child, path: [...path, Array.isArray(item) ? Number(key) : key] });
    }
  }
  return found;
}

function parsePart(schema: z.ZodType | undefined, value: unknown, where: string, locale: Locale): unknown {
  if (!schema) return undefined;
  const unstorableAt = unstorablePaths(value, where);
  if (unstorableAt.length)
    throw new HttpError(
      'validation_failed',
      unstorableAt.map((path) => ({ path: path || where, message: 'validation.invalid' })),
    );
  const result = schema.safeParse(value ?? {}, { error: zodErrorMap(locale) });
  if (result.success) return result.data;
  throw new HttpError(
    'validation_failed',
    result.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path) || where,
      message: issue.message,
    })),
  );
}

function mount<C extends Contract>(
  router: Router,
  contract: C,
  run: (req: Request, res: Response) => Promise<unknown>,
) {
  router[contract.method](contract.path, async (req, res) => {
    const output = await run(req, res);
    const status = contract.status ?? 200;
    if (output instanceof FileResponse) return sendFileResponse(res, status, output);
    if (checkResponses) contract.response.parse(output);
    res.status(status).json(output);
  });
}

function parseInput<C extends Contract>(contract: C, req: Request, res: Response): RouteInput<C> {
  const locale = localeOf(req);
  return {
    params: parsePart(contract.params, req.params, 'params', locale) as RouteInput<C>['params'],
    query: parsePart(contract.query, req.query, 'query', locale) as RouteInput<C>['query'],
    body: parsePart(contract.body, req.body, 'body', locale) as RouteInput<C>['body'],
    locale,
    req,
    res,
  };
}

/**
 * Mounts an endpoint that needs a session: 401 without one, 403 without the CSRF header on a
 * state-changing method, then the parsed (never the raw) params, query and body reach the handler.
 */
export function mountAuthed<C extends Contract>(router: Router, contract: C, handler: Handler<C, AuthedInput<C>>) {
  mount(router, contract, async (req, res) => {
    requireSession(req, contract.method !== 'get');
    const actor = contextOf(req).actor!;
    return handler({ ...parseInput(contract, req, res), actor });
  });
}

/** Mounts an endpoint open without a session (health, login). */
export function mountPublic<C extends Contract>(router: Router, contract: C, handler: Handler<C, RouteInput<C>>) {
  mount(router, contract, async (req, res) => handler(parseInput(contract, req, res)));
}
