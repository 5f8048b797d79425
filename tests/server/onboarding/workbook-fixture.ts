import ExcelJS from 'exceljs';
import type { OnboardingSheet } from '#shared/onboarding/onboarding.schemas.js';
import { readWorkbook } from '#server/modules/onboarding/read-workbook.js';
import { sheetLayouts } from '#server/modules/onboarding/workbook-layout.js';

/** A row as a person fills it: values by column key (a cell may hold a formula, as a hostile file would). */
export type FilledRow = Record<string, string | number | { formula: string }>;
export type FilledSheets = Partial<Record<OnboardingSheet, FilledRow[]>>;

/** Fills the downloaded template, as a person would in a spreadsheet program, and saves it. */
export async function fillTemplate(template: Buffer, sheets: FilledSheets): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  for (const [sheet, rows] of Object.entries(sheets) as Array<[OnboardingSheet, FilledRow[]]>) {
    const layout = sheetLayouts[sheet];
    const worksheet = workbook.getWorksheet(layout.name)!;
    rows.forEach((values, index) =>
      layout.columns.forEach((column, columnIndex) => {
        const value = values[column.key];
        if (value !== undefined) worksheet.getCell(index + 2, columnIndex + 1).value = value;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Each sheet's rows as the import reads them (cells by column key), sorted, for comparing two files. */
export async function sheetCells(file: Buffer) {
  const { rows } = await readWorkbook(file);
  const sorted = (sheet: OnboardingSheet) =>
    rows[sheet].map((row) => JSON.stringify(row.cells)).sort((a, b) => a.localeCompare(b));
  return { organisations: sorted('organisations'), people: sorted('people'), systems: sorted('systems') };
}

const cellText = (value: FilledRow[string] | undefined) =>
  value === undefined ? '' : typeof value === 'object' ? '' : String(value);

/** The rows of a fixture as the import would read them back (every column, numbers as text). */
export function expectedCells(rows: FilledRow[], sheet: OnboardingSheet) {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.fromEntries(sheetLayouts[sheet].columns.map((column) => [column.key, cellText(row[column.key])])),
      ),
    )
    .sort((a, b) => a.localeCompare(b));
}
