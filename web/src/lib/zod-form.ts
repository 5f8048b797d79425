import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver, UseFormSetError, Path } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldIssue } from '#shared/common/errors.schemas.js';
import { lookup, zodErrorMap, type Locale } from '#shared/i18n/translate.js';

/** Schema rules state their message as a catalogue key ("validation.address"); show its text. */
function localiseErrors(errors: FieldErrors, locale: Locale) {
  for (const error of Object.values(errors)) {
    if (!error || typeof error !== 'object') continue;
    if (typeof error.message === 'string') error.message = lookup(locale, error.message) ?? error.message;
    else localiseErrors(error as FieldErrors, locale);
  }
}

/**
 * The react-hook-form resolver for a shared schema: the very schema the API validates with,
 * speaking the person's language (generic Zod issues via zodErrorMap, product rules via lookup).
 */
export function sharedSchemaResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  locale: Locale,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const resolver = zodResolver(schema as never, { error: zodErrorMap(locale) }) as unknown as Resolver<
    z.input<S>,
    unknown,
    z.output<S>
  >;
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    localiseErrors(result.errors, locale);
    return result;
  };
}

/**
 * Puts the server's field issues (400 validation_failed) back onto the form's fields.
 * Returns the issues that name no field of this form, to show above it.
 */
export function applyServerIssues<T extends FieldValues>(
  issues: FieldIssue[],
  fields: readonly string[],
  setError: UseFormSetError<T>,
): FieldIssue[] {
  const unmatched: FieldIssue[] = [];
  let focused = false;
  for (const issue of issues) {
    const field = issue.path.split(/[.[]/)[0] ?? '';
    if (fields.includes(field)) {
      setError(field as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: !focused });
      focused = true;
    } else unmatched.push(issue);
  }
  return unmatched;
}
