import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldIssue } from '#shared/common/errors.schemas.js';

/** The server names fields as rules[3].citation.vi; the form as rules.3.citation.vi. */
const formPathOf = (issuePath: string) => issuePath.replace(/\[(\d+)\]/g, '.$1');

/**
 * Puts the server's field issues (400 validation_failed) onto the fields the form shows, focusing the first; returns
 * the messages of the issues that name no such field, to show above the form.
 */
export function placeIssues<T extends FieldValues>(
  issues: FieldIssue[],
  shown: ReadonlySet<string>,
  setError: UseFormSetError<T>,
): string[] {
  const others: string[] = [];
  let focused = false;
  for (const issue of issues) {
    const path = formPathOf(issue.path);
    if (shown.has(path)) {
      setError(path as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: !focused });
      focused = true;
    } else others.push(issue.message);
  }
  return others;
}
