import type { Writable } from 'node:stream';
// exceljs is CommonJS: only the default import works at run time (a named one type-checks, then crashes).
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs.js';
import { formatDateVi } from '#shared/common/text.js';
import { safeCellText } from './cell-safety.js';
import type { CellValue, ReportWorkbook } from './report-sheet.js';
import { HEADER_FONT, printSetup, rowHeight, SHEET_FONT, WRAPPED } from './sheet-print.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
const DATE_FORMAT = 'dd/mm/yyyy';
const TEXT_FORMAT = '@';

type Booleans = { yes: string; no: string };

/** A calendar day at midnight UTC: Excel stores days, and UTC keeps the day from shifting. */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The text a cell shows, for measuring its lines. */
function shownText(value: CellValue, booleans: Booleans): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? booleans.yes : booleans.no;
  if (typeof value === 'object') return formatDateVi(value.date);
  return safeCellText(value).text;
}

function writeCell(cell: ExcelJS.Cell, value: CellValue, booleans: Booleans) {
  if (value === null) return;
  if (typeof value === 'number') cell.value = value;
  else if (typeof value === 'boolean') cell.value = value ? booleans.yes : booleans.no;
  else if (typeof value === 'object') {
    cell.value = excelDate(value.date);
    cell.numFmt = DATE_FORMAT;
  } else {
    // Always a plain string value, never { formula }: see cell-safety.ts.
    const { text, formulaLike } = safeCellText(value);
    cell.value = text;
    if (formulaLike) cell.numFmt = TEXT_FORMAT;
  }
  cell.font = SHEET_FONT;
  cell.alignment = WRAPPED;
}

/**
 * One sheet per section through exceljs's streaming writer (constant memory whatever the number of
 * rows): a bold header row with a fill, frozen under it, with an auto filter over the columns, set
 * widths, dates shown dd/mm/yyyy, rows as tall as their wrapped text, and the print setup every sheet
 * shares (sheet-print.ts). The writer ends `out` itself.
 */
export async function writeXlsx(report: ReportWorkbook, out: Writable, booleans: Booleans): Promise<void> {
  const { stream } = await loadExcelJs();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'capdo';
  const print = printSetup(report.heading);
  for (const sheet of report.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      ...print,
    });
    const widths = sheet.columns.map((column) => column.width);
    worksheet.columns = widths.map((width) => ({ width }));
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    const header = worksheet.getRow(1);
    sheet.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      writeCell(cell, column.header, booleans);
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
      cell.border = HEADER_BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
    header.height = rowHeight(
      sheet.columns.map((column) => shownText(column.header, booleans)),
      widths,
      true,
    );
    header.commit();
    sheet.rows.forEach((values, index) => {
      const row = worksheet.getRow(index + 2);
      values.forEach((value, column) => writeCell(row.getCell(column + 1), value, booleans));
      row.height = rowHeight(
        values.map((value) => shownText(value, booleans)),
        widths,
      );
      row.commit();
    });
    worksheet.commit();
  }
  // The writer ends the stream itself: listen for the end before committing, or it may be missed.
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  await workbook.commit();
  await finished;
}
