import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiError } from '#shared/common/errors.schemas.js';
import { lookup, translate } from '#shared/i18n/translate.js';
import { isDatabaseUnavailable } from '../db/connection-lost.js';
import { HttpError } from './http-error.js';
import { localeOf } from './request-context.js';

export const apiNotFound: RequestHandler = (_req, _res, next) => next(new HttpError('not_found'));

/**
 * What Express's body parsers (and http-errors in general) put on the errors they raise: `type` names
 * the parser's fault, `status` the client error it stands for. Anything may be thrown, so both are unknown.
 */
interface MiddlewareFault {
  type?: unknown;
  status?: unknown;
}

function faultOf(error: unknown): MiddlewareFault {
  return typeof error === 'object' && error !== null ? error : {};
}

/** Seconds a client is told to wait (Retry-After) before trying again while the database is away. */
const RETRY_AFTER_SECONDS = 5;
/** During an outage every request fails the same way: one log line per this many milliseconds is enough. */
const OUTAGE_LOG_EVERY_MS = 10_000;
let lastOutageLog = 0;

function logOutage(req: Parameters<ErrorRequestHandler>[1], error: unknown) {
  const now = Date.now();
  if (now - lastOutageLog < OUTAGE_LOG_EVERY_MS) return;
  lastOutageLog = now;
  console.warn('[capdo] database unavailable, answering 503:', req.method, req.originalUrl, rootCause(error));
}

/** The driver's own words, without the query's parameters (they may hold a session token or a name). */
function rootCause(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 10; depth++) {
    const cause = typeof current === 'object' && current !== null ? (current as { cause?: unknown }).cause : undefined;
    if (cause === undefined) break;
    current = cause;
  }
  if (current instanceof Error) {
    const code = (current as { code?: unknown }).code;
    return `${typeof code === 'string' ? `${code}: ` : ''}${current.message}`;
  }
  return String(current);
}

/**
 * What is logged of an unexpected error: a failed query's text and its cause, but never its parameters
 * (Drizzle puts them in the message and on the error: password hashes, session tokens, personal data).
 */
function loggable(error: unknown): unknown {
  if (!(error instanceof Error) || !('params' in error) || !('query' in error)) return error;
  return { query: error.query, cause: (error as { cause?: unknown }).cause, stack: error.stack?.split('\n').slice(1) };
}

/** Turns every error into { error: { code, message, issues? } }; only our own faults become 500. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const locale = localeOf(req);
  const { type, status } = faultOf(error);
  let httpError: HttpError;
  if (error instanceof HttpError) httpError = error;
  else if (type === 'entity.parse.failed') httpError = new HttpError('invalid_json');
  else if (type === 'entity.too.large') httpError = new HttpError('payload_too_large');
  else if (typeof status === 'number' && status >= 400 && status < 500) {
    httpError = new HttpError(status === 413 ? 'payload_too_large' : 'validation_failed');
  } else if (isDatabaseUnavailable(error)) {
    // Not our fault and not the caller's: the database is away (restarting, unreachable); the driver
    // reconnects by itself, so the same request succeeds again once it is back.
    logOutage(req, error);
    httpError = new HttpError('database_unavailable');
  } else {
    console.error('[capdo] unexpected error', req.method, req.originalUrl, loggable(error));
    httpError = new HttpError('internal');
  }
  const body: ApiError = {
    error: {
      code: httpError.code,
      message: translate(locale, `errors.${httpError.code}`, httpError.vars),
      ...httpError.details,
      ...(httpError.issues
        ? {
            issues: httpError.issues.map((issue) => ({
              path: issue.path,
              message: lookup(locale, issue.message, issue.vars) ?? issue.message,
            })),
          }
        : {}),
    },
  };
  if (res.headersSent) return;
  if (httpError.code === 'database_unavailable') res.set('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(httpError.status).json(body);
};
