import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiError } from '#shared/common/errors.schemas.js';
import { lookup, translate } from '#shared/i18n/translate.js';
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
  } else {
    console.error('[capdo] unexpected error', req.method, req.originalUrl, error);
    httpError = new HttpError('internal');
  }
  const body: ApiError = {
    error: {
      code: httpError.code,
      message: translate(locale, `errors.${httpError.code}`, httpError.vars),
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
  res.status(httpError.status).json(body);
};
