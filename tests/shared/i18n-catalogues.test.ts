import { describe, expect, test } from 'vitest';
import { errorCodes } from '#shared/common/errors.schemas.js';
import { en } from '#shared/i18n/en/index.js';
import { vi } from '#shared/i18n/vi/index.js';
import { catalogues, locales, lookup, pickLocale, translate } from '#shared/i18n/translate.js';

/** Every leaf of a catalogue as "a.b.c" -> text. */
function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else out.set(prefix, node);
  return out;
}

const viLeaves = leaves(vi);
const enLeaves = leaves(en);
/**
 * A text's {{placeholders}}; one named after the catalogue's own locale ({{vi}} in vi, {{en}} in en) takes a text the
 * caller localised already (a label in both languages), so it counts as the same placeholder in both.
 */
const placeholders = (text: string, locale: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => (m[1] === locale ? '<locale>' : m[1])).sort();

describe('the vi and en catalogues', () => {
  test('have exactly the same keys', () => {
    expect(viLeaves.size).toBeGreaterThan(50);
    expect([...enLeaves.keys()].filter((key) => !viLeaves.has(key))).toEqual([]);
    expect([...viLeaves.keys()].filter((key) => !enLeaves.has(key))).toEqual([]);
  });

  test.each(locales)('%s: every entry is a non-empty string without stray spaces', (locale) => {
    for (const [key, text] of leaves(catalogues[locale])) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
      expect(text, key).toBe((text as string).trim());
      expect((text as string).normalize('NFC'), key).toBe(text);
    }
  });

  test('use the same {{placeholders}} for each key', () => {
    for (const [key, text] of viLeaves)
      expect(placeholders(enLeaves.get(key) as string, 'en'), key).toEqual(placeholders(text as string, 'vi'));
  });

  test('every error code has a message in both', () => {
    for (const code of errorCodes) {
      expect(lookup('vi', `errors.${code}`), code).toBeTruthy();
      expect(lookup('en', `errors.${code}`), code).toBeTruthy();
    }
  });
});

test('translate fills placeholders and falls back to the key', () => {
  expect(translate('vi', 'errors.too_many_attempts', { minutes: 15 })).toBe(
    'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
  );
  expect(translate('en', 'domain.level', { level: 3 })).toBe('Level 3');
  expect(translate('vi', 'no.such.key')).toBe('no.such.key');
  expect(lookup('vi', 'errors')).toBeUndefined();
});

test('pickLocale prefers Vietnamese unless English comes first', () => {
  expect(pickLocale(undefined)).toBe('vi');
  expect(pickLocale('en-US,en;q=0.9')).toBe('en');
  expect(pickLocale('EN')).toBe('en');
  expect(pickLocale('vi-VN,en;q=0.8')).toBe('vi');
  expect(pickLocale('fr')).toBe('vi');
});
