import { z } from 'zod';
import { locales, translate, zodErrorMap, type Locale } from '#shared/i18n/translate.js';
import type { OnboardingIssue, OnboardingSheet } from '#shared/onboarding/onboarding.schemas.js';
import type { StoredIssue } from './import-types.js';
import { columnLetter, sheetLayouts } from './workbook-layout.js';

export type IssuePlace = Omit<OnboardingIssue, 'message'>;

/** The cell of a row's column, by the column's key, as the spreadsheet shows it (letter and heading). */
export function placeOf(sheet: OnboardingSheet, row: number, key: string): IssuePlace {
  const index = sheetLayouts[sheet].columns.findIndex((column) => column.key === key);
  return { sheet, row, column: columnLetter(index + 1), header: sheetLayouts[sheet].columns[index]!.header };
}

const inEveryLocale = (message: (locale: Locale) => string) =>
  Object.fromEntries(locales.map((locale) => [locale, message(locale)])) as Record<Locale, string>;

/** The mistakes found in a file, each with its message in every locale (the preview is read in either). */
export class IssueList {
  readonly items: StoredIssue[] = [];
  /** One mistake per cell: the first found is the one to fix (a formula's empty value is not also "too short"). */
  private readonly cells = new Set<string>();

  private push(issue: StoredIssue) {
    const cell = `${issue.sheet}!${issue.column}${issue.row}`;
    if (issue.column !== '' && this.cells.has(cell)) return;
    this.cells.add(cell);
    this.items.push(issue);
  }

  add(place: IssuePlace, key: string, vars?: Record<string, string | number>) {
    this.push({ ...place, message: inEveryLocale((locale) => translate(locale, key, vars)) });
  }

  /**
   * Parses a row's value with a shared schema; each mistake lands on the cell its path names (`at`), in the words
   * the API uses for the same rule in each locale. Returns the parsed value, or undefined after adding the issues.
   */
  parse<T extends z.ZodType>(
    schema: T,
    value: unknown,
    at: (path: PropertyKey[]) => IssuePlace,
  ): z.output<T> | undefined {
    const first = schema.safeParse(value, { error: zodErrorMap('vi') });
    if (first.success) return first.data;
    const english = schema.safeParse(value, { error: zodErrorMap('en') });
    first.error.issues.forEach((issue, index) =>
      this.push({
        ...at(issue.path),
        message: { vi: issue.message, en: english.error?.issues[index]?.message ?? issue.message },
      }),
    );
    return undefined;
  }

  get size() {
    return this.items.length;
  }
}
