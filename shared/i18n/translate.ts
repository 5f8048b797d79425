import type { z } from 'zod';
import { en } from './en/index.js';
import { vi } from './vi/index.js';
import type { Messages } from './messages.js';

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const catalogues: Record<Locale, Messages> = { vi, en };

/** Picks vi unless the caller clearly prefers English (Accept-Language or a saved choice). */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

type Vars = Record<string, string | number>;

/** Looks up "errors.not_found" in a catalogue and fills {{vars}}; returns undefined for an unknown key. */
export function lookup(locale: Locale, key: string, vars: Vars = {}): string | undefined {
  let node: unknown = catalogues[locale];
  for (const part of key.split('.')) {
    if (node && typeof node === 'object' && part in node) node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  if (typeof node !== 'string') return undefined;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export function translate(locale: Locale, key: string, vars: Vars = {}): string {
  return lookup(locale, key, vars) ?? key;
}

/**
 * A Zod error map speaking the catalogue's language. Schemas state product rules as
 * catalogue keys ("validation.passwordLength"); the common Zod issues map to the generic keys.
 */
export function zodErrorMap(locale: Locale) {
  return (issue: z.core.$ZodRawIssue): string => {
    const own = typeof issue.message === 'string' ? lookup(locale, issue.message) : undefined;
    if (own) return own;
    const t = (key: string, vars?: Vars) => translate(locale, `validation.${key}`, vars);
    if (issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom')
      return t('required');
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null ? t('required') : t('invalidType');
      case 'too_small':
        // An empty text (after trimming) was left out, whatever its minimum: "required", not "at least 3 characters".
        if (issue.origin === 'string')
          return Number(issue.minimum) <= 1 || issue.input === ''
            ? t('required')
            : t('tooShort', { minimum: Number(issue.minimum) });
        if (issue.origin === 'array') return t('tooFewItems', { minimum: Number(issue.minimum) });
        return t('tooSmall', { minimum: Number(issue.minimum) });
      case 'too_big':
        return issue.origin === 'string'
          ? t('tooLong', { maximum: Number(issue.maximum) })
          : t('tooBig', { maximum: Number(issue.maximum) });
      case 'invalid_value':
        return t('invalidOption');
      case 'unrecognized_keys':
        return t('unknownField', { keys: issue.keys.join(', ') });
      case 'invalid_format':
        if (issue.format === 'uuid') return t('invalidId');
        if (issue.format === 'date') return t('invalidDate');
        return t('invalid');
      default:
        return t('invalid');
    }
  };
}
