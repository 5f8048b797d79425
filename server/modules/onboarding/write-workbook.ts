// exceljs is CommonJS: only the default import works at run time.
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../reports/formats/load-exceljs.js';
import { onboardingSheets, type OnboardingSheet } from '#shared/onboarding/onboarding.schemas.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { safeCellText } from '../reports/formats/cell-safety.js';
import { HEADER_FONT, printSetup, rowHeight, SHEET_FONT, WRAPPED } from '../reports/formats/sheet-print.js';
import { instructionLines } from './workbook-instructions.js';
import {
  columnLetter,
  INSTRUCTIONS_SHEET,
  lists,
  LISTS_SHEET,
  sheetLayouts,
  type ListName,
} from './workbook-layout.js';

export type WorkbookRows = Record<OnboardingSheet, Array<Record<string, string | number>>>;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
/** Drop-downs cover this many rows below the heading: a province's lists with room to grow. */
const VALIDATED_ROWS = 10_000;

/** What the printed pages of each workbook say in their header. */
export const ONBOARDING_TITLES = {
  template: 'Mẫu nhập dữ liệu đơn vị, người dùng và hệ thống thông tin',
  export: 'Dữ liệu đơn vị, người dùng và hệ thống thông tin',
} as const;

type Print = ReturnType<typeof printSetup>;

/**
 * The onboarding workbook: instructions, the three lists (empty for the template, filled for an export) with
 * drop-downs on their closed-list columns, and the lists' values on a last sheet. Every cell is written as a
 * plain value, and text that a spreadsheet would read as a formula is marked as text (cell-safety.ts). Every
 * sheet prints like the reports' (sheet-print.ts), headed by `title` and the day it was written.
 */
export async function writeOnboardingWorkbook(
  rows: WorkbookRows,
  title: string = ONBOARDING_TITLES.export,
): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'capdo';
  const print = printSetup({ title, date: todayInVietnam(), locale: 'vi' });
  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET, print);
  instructions.getColumn(1).width = 140;
  instructionLines().forEach((line, index) => {
    const cell = instructions.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = WRAPPED;
    cell.font = index === 0 ? HEADER_FONT : SHEET_FONT;
  });
  const listRanges = writeLists(workbook, print);
  for (const sheet of onboardingSheets) writeSheet(workbook, sheet, rows[sheet], listRanges, print);
  workbook.getWorksheet(LISTS_SHEET)!.state = 'hidden';
  workbook.eachSheet(fitRows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  sheet: OnboardingSheet,
  rows: Array<Record<string, string | number>>,
  listRanges: Record<ListName, string>,
  print: Print,
) {
  const layout = sheetLayouts[sheet];
  const worksheet = workbook.addWorksheet(layout.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    ...print,
  });
  // The columns' style reaches the cells a person types later too.
  worksheet.columns = layout.columns.map((column) => ({
    width: column.width,
    style: { numFmt: '@', font: SHEET_FONT, alignment: WRAPPED },
  }));
  layout.columns.forEach((column, index) => {
    const cell = worksheet.getCell(1, index + 1);
    cell.value = column.header;
    cell.font = HEADER_FONT;
    cell.fill = column.required ? REQUIRED_FILL : HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    if (column.list) {
      const letter = columnLetter(index + 1);
      withValidations(worksheet).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS + 1}`, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [listRanges[column.list]],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `Chọn một giá trị trong danh sách (sheet "${LISTS_SHEET}").`,
      });
    }
  });
  rows.forEach((values, rowIndex) => {
    layout.columns.forEach((column, index) => {
      const value = values[column.key];
      if (value === undefined || value === '') return;
      const cell = worksheet.getCell(rowIndex + 2, index + 1);
      if (typeof value === 'number') {
        cell.value = value;
        cell.numFmt = '0';
      } else cell.value = safeCellText(value).text;
    });
  });
}

/** Each row as tall as its wrapped text (sheet-print.ts), once the sheet is filled; the first is the bold header. */
function fitRows(worksheet: ExcelJS.Worksheet) {
  const widths = worksheet.columns.map((column) => column.width ?? 10);
  worksheet.eachRow((row, rowNumber) => {
    const texts: Array<string | null> = widths.map(() => null);
    row.eachCell((cell, column) => (texts[column - 1] = cell.text));
    row.height = rowHeight(texts, widths, rowNumber === 1);
  });
}

/** exceljs writes drop-downs from `dataValidations`, which its type declarations leave out. */
const withValidations = (worksheet: ExcelJS.Worksheet) =>
  worksheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

/** The lists' labels in columns of the last sheet; returns each list's range for the drop-downs. */
function writeLists(workbook: ExcelJS.Workbook, print: Print): Record<ListName, string> {
  const worksheet = workbook.addWorksheet(LISTS_SHEET, print);
  const names = Object.keys(lists) as ListName[];
  const headings: Record<ListName, string> = {
    kind: 'Loại đơn vị',
    role: 'Vai trò',
    systemType: 'Loại hệ thống',
    informationType: 'Loại thông tin',
    systemStatus: 'Trạng thái',
  };
  return Object.fromEntries(
    names.map((name, index) => {
      const letter = columnLetter(index + 1);
      worksheet.getColumn(index + 1).width = 36;
      const heading = worksheet.getCell(1, index + 1);
      heading.value = headings[name];
      heading.font = HEADER_FONT;
      heading.alignment = WRAPPED;
      lists[name].forEach((entry, row) => {
        const cell = worksheet.getCell(row + 2, index + 1);
        cell.value = entry.label;
        cell.font = SHEET_FONT;
        cell.alignment = WRAPPED;
      });
      return [name, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${lists[name].length + 1}`];
    }),
  ) as Record<ListName, string>;
}
