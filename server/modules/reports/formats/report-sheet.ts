import type { Locale } from '#shared/i18n/translate.js';

/**
 * A report section as a table, whatever the file: one sheet in XLSX, one block in CSV. Values stay
 * typed (numbers as numbers, dates as dates) until a writer decides how its format shows them.
 */
export type CellValue = string | number | boolean | null | { date: string };

export interface ReportColumn {
  header: string;
  /** Width in characters (XLSX). */
  width: number;
}

export interface ReportSheet {
  /** The sheet's name: at most 31 characters, none of []:*?/\ (XLSX rules). */
  name: string;
  columns: ReportColumn[];
  rows: CellValue[][];
}

/** What every printed page of the report says in its header and footer. */
export interface ReportHeading {
  title: string;
  /** The report's day (YYYY-MM-DD), printed dd/mm/yyyy. */
  date: string;
  locale: Locale;
}

/** The report's tables and the heading its printed pages carry. */
export interface ReportWorkbook {
  heading: ReportHeading;
  sheets: ReportSheet[];
}

/** A calendar day (YYYY-MM-DD) as a date cell; null stays empty. */
export const dateCell = (iso: string | null | undefined): CellValue => (iso ? { date: iso } : null);
