import type { FieldValues, UseFormSetError } from 'react-hook-form';
import type { FieldIssue } from '#shared/common/errors.schemas.js';
import { isApiError } from './api-error.js';
import { applyServerIssues } from './zod-form.js';

type SubmitOutcome =
  | { kind: 'stale'; message: string }
  | { kind: 'fields'; message: string; unmatched: FieldIssue[] }
  | { kind: 'other'; message: string };

/**
 * Sorts a failed save: 409 stale_version (the conflict flow), 400 with field issues (put back
 * onto the form's fields), or anything else (one message above the form).
 */
export function classifySubmitError<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): SubmitOutcome {
  if (!isApiError(error)) return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
  if (error.code === 'stale_version') return { kind: 'stale', message: error.message };
  if (error.status === 400 && error.issues.length) {
    return { kind: 'fields', message: error.message, unmatched: applyServerIssues(error.issues, fields, setError) };
  }
  return { kind: 'other', message: error.message };
}
