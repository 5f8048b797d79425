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

/** A calendar day (YYYY-MM-DD) as a date cell; null stays empty. */
export const dateCell = (iso: string | null | undefined): CellValue => (iso ? { date: iso } : null);
