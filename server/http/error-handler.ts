import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiError } from '#shared/common/errors.schemas.js';
import { lookup, translate } from '#shared/i18n/translate.js';
import { HttpError } from './http-error.js';
import { localeOf } from './request-context.js';

export const apiNotFound: RequestHandler = (_req, _res, next) => next(new HttpError('not_found'));

/** Turns every error into { error: { code, message, issues? } }; only our own faults become 500. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const locale = localeOf(req);
  let httpError: HttpError;
  if (error instanceof HttpError) httpError = error;
  else if (error?.type === 'entity.parse.failed') httpError = new HttpError('invalid_json');
  else if (error?.type === 'entity.too.large') httpError = new HttpError('payload_too_large');
  else if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
    httpError = new HttpError(error.status === 413 ? 'payload_too_large' : 'validation_failed');
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
