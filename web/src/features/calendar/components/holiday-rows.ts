import type { z } from 'zod';
import type { holidaySchema } from '#shared/calendar/calendar.contract.js';
import type { FieldIssue } from '#shared/common/errors.schemas.js';
import { formatDateVi } from '#shared/common/text.js';
import { translate, type Locale } from '#shared/i18n/translate.js';

export type Holiday = z.infer<typeof holidaySchema>;
export type HolidayKind = Holiday['kind'];

/** One line of the editable list: the date may still be empty while the person fills it in. */
export interface HolidayRow {
  /** Stable across edits, so React keeps each row's inputs (and focus) while others are added or removed. */
  key: string;
  date: string | null;
  name: string;
}

export type RowField = 'date' | 'name';
export type RowErrors = Record<string, Partial<Record<RowField, string>>>;

/** The most one year may hold: the contract's limit. */
export const MAX_HOLIDAYS = 60;

const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

/** The weekday of a calendar day (YYYY-MM-DD), read in UTC so the browser's time zone cannot shift it. */
export const weekdayOf = (date: string): WeekdayKey => weekdayKeys[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/**
 * The kind follows from the date, the rule the server checks (server/modules/calendar/routes.ts): a weekday in the
 * list is a day off (nghỉ lễ), a Saturday or Sunday in it is worked in exchange (làm bù).
 */
export const kindOf = (date: string): HolidayKind =>
  ['sat', 'sun'].includes(weekdayOf(date)) ? 'workingWeekend' : 'holiday';

let nextKey = 0;
export const newRow = (): HolidayRow => ({ key: `row-${(nextKey += 1)}`, date: null, name: '' });
export const rowsOf = (items: readonly Holiday[]): HolidayRow[] =>
  items.map((item) => ({ ...newRow(), date: item.date, name: item.name }));

/** The PUT body's items, in the order of the rows: a server issue's index then names the row it is about. */
export const itemsOf = (rows: readonly HolidayRow[]): Holiday[] =>
  rows.map((row) => ({ date: row.date ?? '', name: row.name.trim(), kind: kindOf(row.date ?? '') }));

export const sameRows = (a: readonly HolidayRow[], b: readonly HolidayRow[]) =>
  a.length === b.length && a.every((row, i) => row.date === b[i]!.date && row.name.trim() === b[i]!.name.trim());

/**
 * What the server would refuse, found before sending: an empty field, a day of another year, and a day listed twice
 * (the date is the table's key, so the server could not store both).
 */
export function validateRows(rows: readonly HolidayRow[], year: number, locale: Locale): RowErrors {
  const errors: RowErrors = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const found: Partial<Record<RowField, string>> = {};
    if (!row.date) found.date = translate(locale, 'ui.holidays.dateRequired');
    else if (!row.date.startsWith(`${year}-`))
      found.date = translate(locale, 'validation.holidayOutsideYear', { date: formatDateVi(row.date), year });
    else if (seen.has(row.date))
      found.date = translate(locale, 'ui.holidays.duplicateDate', { date: formatDateVi(row.date) });
    if (row.date) seen.add(row.date);
    if (!row.name.trim()) found.name = translate(locale, 'ui.holidays.nameRequired');
    if (Object.keys(found).length) errors[row.key] = found;
  }
  return errors;
}

/** The server's 400 issues ("items[3].date") on their rows; those that name no row are returned to show above. */
export function issuesOnRows(issues: readonly FieldIssue[], rows: readonly HolidayRow[]) {
  const errors: RowErrors = {};
  const others: string[] = [];
  for (const issue of issues) {
    const match = /^items\[(\d+)\]\.(date|name|kind)$/.exec(issue.path);
    const row = match ? rows[Number(match[1])] : undefined;
    if (!match || !row) {
      others.push(issue.message);
      continue;
    }
    // The kind is shown from the date, so a refused kind is a refused date.
    const field = match[2] === 'kind' ? 'date' : (match[2] as RowField);
    errors[row.key] = { ...errors[row.key], [field]: issue.message };
  }
  return { errors, others };
}
