import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect } from 'vitest';

/** Points per line of 12 pt text: a row holding n lines is at least n times as tall. */
const LINE_POINTS = 15.75;
/** More characters than this per unit of column width never fit on one line of 12 pt Times New Roman. */
const MAX_CHARS_PER_WIDTH = 1.3;

export interface PrintedHeading {
  /** The title as written (the page header doubles its "&"). */
  title: string;
  /** dd/mm/yyyy */
  date: string;
  /** The footer's word before "page/pages": "Trang", "Page". */
  page: string;
}

export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

const textOf = (cell: ExcelJS.Cell) => (typeof cell.value === 'string' ? cell.value : null);

/**
 * Every sheet of an XLSX prints as a table should: A4 landscape fit to the page's width, the header row
 * repeated on each page, the title and the day in the page header, "Trang &P/&N" in the footer, one
 * font family and size throughout (the header row bold), text wrapped in rows tall enough for it. Read
 * back twice: through exceljs, and from the XML itself (sheetPr, pageSetup, the Print_Titles names).
 */
export async function expectPrintable(body: Buffer, heading: PrintedHeading): Promise<ExcelJS.Workbook> {
  const workbook = await readWorkbook(body);
  expect(workbook.worksheets.length).toBeGreaterThan(0);
  for (const sheet of workbook.worksheets) {
    expect(sheet.pageSetup, sheet.name).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    const { oddHeader, oddFooter } = sheet.headerFooter;
    expect(oddHeader, sheet.name).toContain(`&L&"Times New Roman,Bold"${heading.title.replace(/&/g, '&&')}`);
    expect(oddHeader, sheet.name).toMatch(new RegExp(`&R&"Times New Roman,Regular"${heading.date}$`));
    expect(oddFooter, sheet.name).toBe(`&C&"Times New Roman,Regular"${heading.page} &P/&N`);

    const fonts = new Set<string>();
    sheet.eachRow((row, rowNumber) => {
      const where = `${sheet.name} row ${rowNumber}`;
      expect(row.height, where).toBeGreaterThanOrEqual(LINE_POINTS);
      row.eachCell((cell, column) => {
        fonts.add(`${cell.font?.name} ${cell.font?.size}`);
        expect(Boolean(cell.font?.bold), `${where} ${cell.address}`).toBe(rowNumber === 1);
        expect(cell.alignment?.wrapText, `${where} ${cell.address}`).toBe(true);
        const text = textOf(cell);
        const width = sheet.getColumn(column).width!;
        if (text) {
          const fewestLines = Math.ceil(text.length / (width * MAX_CHARS_PER_WIDTH));
          expect(row.height, `${where} ${cell.address}: ${text}`).toBeGreaterThanOrEqual(fewestLines * LINE_POINTS);
        }
      });
    });
    expect([...fonts], sheet.name).toEqual(['Times New Roman 12']);
  }

  const zip = await JSZip.loadAsync(body);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  workbook.worksheets.forEach((sheet, index) => {
    expect(book, sheet.name).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;${sheet.name}&apos;!$1:$1</definedName>`,
    );
  });
  const sheetFiles = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  expect(sheetFiles).toHaveLength(workbook.worksheets.length);
  for (const name of sheetFiles) {
    const xml = await zip.file(name)!.async('string');
    expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml, name).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"/);
    expect(xml, name).toContain('<oddHeader>');
  }
  return workbook;
}
