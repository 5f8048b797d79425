import { expect, test } from 'vitest';
import { z } from 'zod';
import { textSchema } from '#shared/common/text.js';
import { zodErrorMap } from '#shared/i18n/translate.js';
import { dossierCreateSchema } from '#shared/dossiers/dossiers.schemas.js';

const messageOf = (schema: z.ZodType, value: unknown, locale: 'vi' | 'en' = 'vi') => {
  const result = schema.safeParse(value, { error: zodErrorMap(locale) });
  return result.success ? null : result.error.issues.map((issue) => issue.message);
};

test('an empty or blank text with a minimum above 1 says it is required, in either language', () => {
  expect(messageOf(textSchema(3, 300), '')).toEqual(['Trường này là bắt buộc.']);
  expect(messageOf(textSchema(3, 300), '   ')).toEqual(['Trường này là bắt buộc.']);
  expect(messageOf(textSchema(2, 200), '', 'en')).toEqual([messageOf(z.string().min(1), '', 'en')![0]]);
});

test('a text too short but not empty still says how long it must be', () => {
  expect(messageOf(textSchema(3, 300), 'ab')).toEqual(['Cần ít nhất 3 ký tự.']);
});

test("the dossier's empty title says required (the form and the API share the schema)", () => {
  const result = dossierCreateSchema.safeParse({ title: '' }, { error: zodErrorMap('vi') });
  expect(result.success).toBe(false);
  const title = result.error!.issues.find((issue) => issue.path[0] === 'title');
  expect(title?.message).toBe('Trường này là bắt buộc.');
});
