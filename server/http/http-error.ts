import type { ErrorCode, ErrorDetails, FieldIssue } from '#shared/common/errors.schemas.js';

const statusOf = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  designation_overlap: 409,
  payload_too_large: 413,
  too_many_attempts: 429,
  too_many_exports: 429,
  export_quota_reached: 429,
  export_expired: 410,
  database_unavailable: 503,
  internal: 500,
  malformed_dossier: 500,
  malformed_event: 500,
} satisfies Record<ErrorCode, number>;

/** An error the client caused or should know about; its message comes from the catalogue by code. */
export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly issues?: Array<FieldIssue & { vars?: Record<string, string | number> }>,
    readonly vars: Record<string, string | number> = {},
    /** Facts the client acts on besides the message (ErrorDetails in errors.schemas.ts). */
    readonly details: ErrorDetails = {},
  ) {
    super(code);
    this.status = statusOf[code];
  }
}

export const notFound = () => new HttpError('not_found');
export const forbidden = () => new HttpError('forbidden');
/** A 400 naming one field, with a catalogue key as its message. */
export const fieldError = (path: string, messageKey: string, vars?: Record<string, string | number>) =>
  new HttpError('validation_failed', [{ path, message: messageKey, ...(vars ? { vars } : {}) }]);
