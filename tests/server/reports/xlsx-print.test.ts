import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { formatDateVi } from '#shared/common/text.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { ONBOARDING_TITLES, writeOnboardingWorkbook } from '#server/modules/onboarding/write-workbook.js';
import type { ReportWorkbook } from '#server/modules/reports/formats/report-sheet.js';
import { writeXlsx } from '#server/modules/reports/formats/xlsx.js';
import { expectPrintable, readWorkbook } from './xlsx-print.js';

/** Both spreadsheet writers, called directly: every sheet they write prints (xlsx-print.ts says how). */

const LINE_POINTS = 15.75;
const booleans = { yes: 'Có', no: 'Không' };
const SENTENCE =
  'Ủy ban nhân dân xã Định Bình vận hành mạng nội bộ kết nối mạng truyền số liệu chuyên dùng của tỉnh Thanh Hóa. ';
const FORMULA = '=HYPERLINK("http://evil.example","Bấm vào đây")';

const linesOf = (row: ExcelJS.Row) => row.height / LINE_POINTS;

async function xlsxOf(report: ReportWorkbook): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(report, out, booleans);
  return Buffer.concat(chunks);
}

const report = (heading: Partial<ReportWorkbook['heading']> = {}): ReportWorkbook => ({
  heading: { title: 'Báo cáo "Cấp độ & an toàn" của Sở', date: '2023-06-30', locale: 'vi', ...heading },
  sheets: [
    { name: 'Tổng hợp', columns: [{ header: 'Nội dung', width: 120 }], rows: [[SENTENCE.repeat(3)], [FORMULA]] },
    {
      name: 'Danh sách',
      columns: [
        { header: 'STT', width: 6 },
        { header: 'Tên hệ thống thông tin được phê duyệt', width: 30 },
        { header: 'Ngày', width: 14 },
        { header: 'Đã duyệt', width: 10 },
      ],
      rows: [
        [1, SENTENCE, { date: '2023-03-06' }, true],
        [2, '+1', null, false],
      ],
    },
  ],
});

describe('the reports writer', () => {
  test('every sheet: A4 landscape fit to width, header row repeated, title and day above, page numbers', async () => {
    const heading = { title: report().heading.title, date: '30/06/2023', page: 'Trang' };
    const workbook = await expectPrintable(await xlsxOf(report()), heading);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const listing = workbook.getWorksheet('Danh sách')!;
    // Three sentences of 111 characters in a column 120 wide take three or four lines; one in 30 four or five.
    expect(linesOf(summary.getRow(2))).toBeOneOf([3, 4]);
    expect(linesOf(listing.getRow(2))).toBeOneOf([4, 5]);
    // The header's long name wraps onto a second line; the one-line rows stay one line tall.
    expect(listing.getRow(1).height).toBe(2 * LINE_POINTS);
    expect(listing.getRow(3).height).toBe(LINE_POINTS);
    expect(listing.getCell('C2').numFmt).toBe('dd/mm/yyyy');
  });

  test('formula-like texts stay text: plain strings formatted "@", no formula in the XML', async () => {
    const body = await xlsxOf(report());
    const workbook = await readWorkbook(body);
    for (const [sheet, address, text] of [
      ['Tổng hợp', 'A3', FORMULA],
      ['Danh sách', 'B3', '+1'],
    ] as const) {
      const cell = workbook.getWorksheet(sheet)!.getCell(address);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
    }
    const zip = await JSZip.loadAsync(body);
    for (const name of Object.keys(zip.files).filter((file) => file.startsWith('xl/worksheets/')))
      expect(await zip.file(name)!.async('string'), name).not.toMatch(/<f[ >]/);
  });

  test('in English the footer says "Page"; a title longer than Excel allows is cut, the day kept', async () => {
    const title = `Report on information-system security by level - ${'Very long unit name & co. '.repeat(12)}`;
    const body = await xlsxOf(report({ title, date: '2024-01-05', locale: 'en' }));
    const workbook = await expectPrintable(body, { title: title.slice(0, 40), date: '05/01/2024', page: 'Page' });
    for (const sheet of workbook.worksheets) {
      const header = sheet.headerFooter.oddHeader!;
      expect(header.length).toBeLessThanOrEqual(255);
      expect(header).toContain('…&R');
    }
  });
});

describe('the onboarding workbook', () => {
  const today = formatDateVi(todayInVietnam());

  test('the template: every sheet (the hidden lists too) prints under its title and the day', async () => {
    const empty = { organisations: [], people: [], systems: [] };
    const workbook = await expectPrintable(await writeOnboardingWorkbook(empty, ONBOARDING_TITLES.template), {
      title: ONBOARDING_TITLES.template,
      date: today,
      page: 'Trang',
    });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Hướng dẫn',
      'Danh mục',
      'Đơn vị',
      'Người dùng',
      'Hệ thống thông tin',
    ]);
    // The instructions' long lines wrap in their column (140 wide), each row as tall as its lines.
    const instructions = workbook.getWorksheet('Hướng dẫn')!;
    let wrapped = 0;
    instructions.eachRow((row) => {
      const text = row.getCell(1).text;
      if (text.length <= 140) return expect(linesOf(row), text).toBe(1);
      wrapped += 1;
      expect(linesOf(row), text).toBeGreaterThan(1);
    });
    expect(wrapped).toBeGreaterThan(0);
  });

  test('an export: rows as tall as their text, a formula-like name kept as text', async () => {
    const rows = {
      organisations: [
        { name: SENTENCE.repeat(2).trim(), shortName: 'UBND', kind: 'Xã', place: 'Định Bình' },
        { name: FORMULA, shortName: 'X', kind: 'Xã', place: 'Định Công' },
      ],
      people: [],
      systems: [],
    };
    const body = await writeOnboardingWorkbook(rows);
    const workbook = await expectPrintable(body, { title: ONBOARDING_TITLES.export, date: today, page: 'Trang' });
    const units = workbook.getWorksheet('Đơn vị')!;
    // Two sentences (221 characters) in a column 40 wide: six to eight lines.
    expect(linesOf(units.getRow(2))).toBeOneOf([6, 7, 8]);
    expect(units.getCell('B3').value).toBe(FORMULA);
    expect(units.getCell('B3').numFmt).toBe('@');
  });
});
