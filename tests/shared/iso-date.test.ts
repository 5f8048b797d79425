import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { EARLIEST_ISO_DATE, isoDateSchema, LATEST_ISO_DATE, storedIsoDateSchema } from '#shared/common/text.js';
import { lookup, zodErrorMap, type Locale } from '#shared/i18n/translate.js';

/**
 * The messages a person would read for this input (empty when it is accepted), as the server
 * makes them: Zod's issues through the catalogue's error map, a rule's own key looked up.
 */
const messagesFor = (value: unknown, locale: Locale = 'vi') => {
  const result = isoDateSchema.safeParse(value, { error: zodErrorMap(locale) });
  return result.success ? [] : result.error.issues.map((issue) => lookup(locale, issue.message) ?? issue.message);
};

describe('isoDateSchema: a date entering the API lies between 1900 and 2199', () => {
  test('the bounds themselves and every ordinary day are accepted', () => {
    expect([EARLIEST_ISO_DATE, LATEST_ISO_DATE]).toEqual(['1900-01-01', '2199-12-31']);
    for (const date of ['1900-01-01', '1900-01-02', '2024-02-29', '2199-12-30', '2199-12-31'])
      expect(isoDateSchema.parse(date)).toBe(date);
  });

  test.each(['0000-01-01', '0001-01-01', '1899-12-31', '2200-01-01', '9999-12-31'])(
    '%s is refused with one message saying the range',
    (date) => {
      expect(messagesFor(date)).toEqual(['Ngày phải nằm trong khoảng từ 01/01/1900 đến 31/12/2199.']);
      expect(messagesFor(date, 'en')).toEqual(['The date must lie between 01/01/1900 and 31/12/2199.']);
    },
  );

  test.each(['2023-02-30', '30/06/2023', 'hôm nay', '+2023-01-01', '20230101', ''])(
    '%j is only "not a valid date", never also out of range',
    (value) => {
      expect(messagesFor(value)).toEqual(['Ngày không hợp lệ (định dạng YYYY-MM-DD).']);
    },
  );

  test('optional, nullable and piped, as the contracts use it, keep the bound', () => {
    expect(isoDateSchema.optional().safeParse('1899-12-31').success).toBe(false);
    expect(isoDateSchema.optional().safeParse(undefined).success).toBe(true);
    expect(isoDateSchema.nullable().safeParse('9999-12-31').success).toBe(false);
    expect(isoDateSchema.pipe(z.string()).safeParse('0000-01-01').success).toBe(false);
  });
});

describe('storedIsoDateSchema: what was recorded before the bounds still reads', () => {
  test('a well-formed date outside the bounds is read; a malformed one is not', () => {
    expect(storedIsoDateSchema.parse('0203-05-12')).toBe('0203-05-12');
    expect(storedIsoDateSchema.safeParse('2023-02-30').success).toBe(false);
  });
});
