import { z } from 'zod';
import { formatIssuePath } from '#shared/common/errors.schemas.js';
import type { HttpError } from '../http/http-error.js';

/**
 * Where an issue is: inside a union that matched no alternative, where the closest alternative
 * (the one with the fewest problems) went wrong, e.g. "after.status" rather than "after".
 */
function pathOf(issue: z.core.$ZodIssue | undefined): PropertyKey[] {
  if (!issue) return [];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue.path;
  const closest = issue.errors.reduce((best, issues) => (issues.length < best.length ? issues : best));
  return [...issue.path, ...pathOf(closest[0])];
}

/**
 * Parses a JSON value read from the database with the schema it was written under. A value that no
 * longer matches (an old row, an edit by hand) is refused: the caller's error names the record and
 * where the value went wrong (`path`, e.g. "review.returns[0].kind" for the value read as "review"),
 * and the log keeps every problem, so an administrator can mend the row. It is never passed on
 * half-understood.
 */
export function parseStored<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: { record: string; field?: string },
  refuse: (path: string) => HttpError,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const inside = formatIssuePath(pathOf(result.error.issues[0]));
  const field = where.field ?? '';
  const path = !inside || !field ? field || inside : inside.startsWith('[') ? field + inside : `${field}.${inside}`;
  console.error(
    `[capdo] ${where.record}: stored ${field || 'value'} does not match its schema\n${z.prettifyError(result.error)}`,
  );
  throw refuse(path);
}
