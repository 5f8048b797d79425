import type { FieldIssue } from '#shared/common/errors.schemas.js';

/** What went wrong with a call to our API; `message` is already in the person's language. */
export class ApiError extends Error {
  readonly status: number;
  /** The server's error code (errors.schemas.ts), or "network" when the server was not reached. */
  readonly code: string;
  readonly issues: FieldIssue[];

  constructor(status: number, code: string, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
