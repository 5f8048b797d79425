// exceljs is CommonJS: only the default import works at run time.
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../reports/formats/load-exceljs.js';
import { onboardingSheets, type OnboardingSheet } from '#shared/onboarding/onboarding.schemas.js';
import { fieldError } from '../../http/http-error.js';
import type { SheetRow, SheetRows } from './import-types.js';
import { IssueList } from './issue-list.js';
import { columnLetter, comparable, sheetLayouts } from './workbook-layout.js';
import { checkZipBounds } from './zip-guard.js';

/** A province has a few thousand rows per sheet; more than this is not an onboarding file. */
export const MAX_ROWS_PER_SHEET = 20_000;
const MAX_CELL_LENGTH = 10_000;
/** The widest sheet has 13 columns; a few more are allowed for a person's own notes. */
const MAX_COLUMNS = 100;

export interface ReadWorkbook {
  rows: SheetRows;
  issues: IssueList;
}

/**
 * Reads the three sheets of an uploaded workbook into text cells keyed by column, after checking the zip's
 * bounds (zip-guard.ts). Columns are found by their headings, so their order does not matter and extra columns
 * are ignored. A cell holding a formula is a mistake, never evaluated: the file says what it means in values.
 */
export async function readWorkbook(file: Buffer): Promise<ReadWorkbook> {
  if (file.length === 0) throw fieldError('file', 'validation.fileEmpty');
  checkZipBounds(file);
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    // Ranges of drop-downs, formats and merges are expanded cell by cell as exceljs reads them: one that covers
    // a whole sheet (a billion cells) would never finish. The import needs none of them.
    await workbook.xlsx.load(
      file as unknown as ArrayBuffer,
      {
        ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'hyperlinks'],
        maxRows: MAX_ROWS_PER_SHEET + 1,
        maxCols: MAX_COLUMNS,
      } as ExcelJS.XlsxReadOptions,
    );
  } catch (error) {
    if (error instanceof Error && /Max (row|column) count/i.test(error.message))
      throw fieldError('file', 'validation.onboarding.sheetTooLarge', {
        rows: MAX_ROWS_PER_SHEET,
        columns: MAX_COLUMNS,
      });
    throw fieldError('file', 'validation.onboarding.notXlsx');
  }
  const issues = new IssueList();
  const rows = Object.fromEntries(onboardingSheets.map((sheet) => [sheet, [] as SheetRow[]])) as SheetRows;
  let found = 0;
  for (const sheet of onboardingSheets) {
    const worksheet = workbook.worksheets.find(
      (candidate) => comparable(candidate.name) === comparable(sheetLayouts[sheet].name),
    );
    if (!worksheet) continue;
    found++;
    rows[sheet] = readSheet(sheet, worksheet, issues);
  }
  if (found === 0) throw fieldError('file', 'validation.onboarding.noSheets');
  return { rows, issues };
}

function readSheet(sheet: OnboardingSheet, worksheet: ExcelJS.Worksheet, issues: IssueList): SheetRow[] {
  const layout = sheetLayouts[sheet];
  const headings = new Map<string, number>();
  worksheet.getRow(1).eachCell((cell, column) => headings.set(comparable(cellText(cell).text), column));
  const columns = layout.columns.flatMap((column) => {
    const index = headings.get(comparable(column.header));
    if (index !== undefined) return [{ key: column.key, header: column.header, index }];
    if (column.required)
      issues.add({ sheet, row: 1, column: '', header: column.header }, 'validation.onboarding.missingColumn', {
        header: column.header,
      });
    return [];
  });
  const result: SheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    let filled = false;
    for (const column of columns) {
      const { text, formula } = cellText(row.getCell(column.index));
      const at = { sheet, row: rowNumber, column: columnLetter(column.index), header: column.header };
      if (formula) issues.add(at, 'validation.onboarding.formula');
      else if (text.length > MAX_CELL_LENGTH) issues.add(at, 'validation.tooLong', { maximum: MAX_CELL_LENGTH });
      cells[column.key] = formula || text.length > MAX_CELL_LENGTH ? '' : text;
      filled ||= text !== '' || formula;
    }
    if (filled) result.push({ row: rowNumber, cells });
  });
  return result;
}

/** A cell's value as the text a person typed; numbers without separators, dates as dd/mm/yyyy. */
function cellText(cell: ExcelJS.Cell): { text: string; formula: boolean } {
  const value = cell.value;
  if (value === null || value === undefined) return { text: '', formula: false };
  if (typeof value === 'string') return { text: value.trim(), formula: false };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value), formula: false };
  if (value instanceof Date) {
    const iso = value.toISOString();
    return { text: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, formula: false };
  }
  if ('formula' in value || 'sharedFormula' in value) return { text: '', formula: true };
  if ('richText' in value)
    return {
      text: value.richText
        .map((part) => part.text)
        .join('')
        .trim(),
      formula: false,
    };
  if ('text' in value && typeof value.text === 'string') return { text: value.text.trim(), formula: false };
  return { text: '', formula: false }; // an error value (#N/A ...) carries nothing to import
}
