import type ExcelJS from 'exceljs';

/**
 * exceljs (with its zip and stream packages) takes about a quarter of a second to load: it is loaded at the first
 * spreadsheet written or read, not at every start of the server (docs/start-up.md).
 */
let loading: Promise<typeof ExcelJS> | undefined;
export const loadExcelJs = (): Promise<typeof ExcelJS> =>
  (loading ??= import('exceljs').then((module) => module.default));
