import { loginBodySchema, type LoginBody } from '#shared/auth/auth.schemas.js';
import { lookup, zodErrorMap, type Locale } from '#shared/i18n/translate.js';

export type LoginField = 'username' | 'password';

/**
 * The two fields checked by the very schema the API validates with, each first problem said in the person's
 * language, as sharedSchemaResolver does for the other forms. A module of its own: it brings zod, which the login
 * form fetches while the person types rather than before the form shows (components/plain/index.ts).
 */
export function checkLogin(
  values: Record<LoginField, string>,
  locale: Locale,
): { body: LoginBody } | { errors: Partial<Record<LoginField, string>> } {
  const parsed = loginBodySchema.safeParse(values, { error: zodErrorMap(locale) });
  if (parsed.success) return { body: parsed.data };
  const errors: Partial<Record<LoginField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as LoginField;
    errors[field] ??= lookup(locale, issue.message) ?? issue.message;
  }
  return { errors };
}
