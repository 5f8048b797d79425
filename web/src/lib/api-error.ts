import type { FieldIssue } from '#shared/common/errors.schemas.js';

/** What went wrong with a call to our API; `message` is already in the person's language. */
export class ApiError extends Error {
  readonly status: number;
  /** The server's error code (errors.schemas.ts), or "network" when the server was not reached. */
  readonly code: string;
  readonly issues: FieldIssue[];
  /** After a failed login: how many more tries before the login is refused for a while. */
  readonly attemptsLeft: number | undefined;

  constructor(status: number, code: string, message: string, issues: FieldIssue[] = [], attemptsLeft?: number) {
    super(message);
    this.attemptsLeft = attemptsLeft;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
