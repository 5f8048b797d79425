import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { makeDossier } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, DISTRICT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { COMPLIANCE, downloadReport } from './report-requests.js';
import { expectPrintable } from './xlsx-print.js';

/** Texts a spreadsheet would run as formulas if written as they are. */
const INJECTIONS = [
  '=HYPERLINK("http://evil.example","Bấm vào đây")',
  '+1',
  '@SUM(A1:A9)',
  '-2+3',
  '\tTAB=1',
  "=cmd|' /C calc'!A0",
];
const QUOTED_UNIT = 'Trung tâm thử nghiệm, "Báo cáo" định dạng';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  // A unit under the district whose name needs CSV quoting, with systems named like formulas, flagged
  // for re-determination (so they are listed), and a pending dossier whose title is a formula.
  const unit = await makeOrganisation(app.db, {
    parent: demo.org(DISTRICT),
    kind: 'publicServiceUnit',
    name: QUOTED_UNIT,
  });
  for (const name of INJECTIONS.slice(0, 5)) {
    await makeSystem(app.db, {
      operatorOrganisationId: unit.id,
      name,
      approvedLevel: 2,
      approvalRegime: 'nd85',
      approvalDecisionDate: '2024-01-10',
      approvalDecisionNumber: '1/QĐ',
      redeterminationReasons: ['users'],
    });
  }
  const system = await makeSystem(app.db, { operatorOrganisationId: unit.id, name: 'Hệ thống chờ thẩm định' });
  const started = addCalendarDays(todayInVietnam(), -3);
  await makeDossier(app.db, {
    operatorOrganisationId: unit.id,
    systems: [{ systemId: system.id }],
    status: 'submitted',
    title: INJECTIONS[5],
    stepStartedOn: started,
    stepDueOn: addCalendarDays(started, 20),
  });
});

async function workbookOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}
const cellTexts = (workbook: ExcelJS.Workbook) =>
  workbook.worksheets.flatMap((sheet) => {
    const out: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => void out.push(cell.value instanceof Date ? cell.value.toISOString() : cell.text)),
    );
    return out;
  });
/** Names of every other unit of the demo (Định Bình's own system name contains only its own). */
const foreignNames = () => demo.organisations.filter((o) => o.name !== DINH_BINH).map((o) => o.name);

describe('a commune officer (dinhbinh.cntt) sees only Định Bình, in every format', () => {
  test('JSON', async () => {
    const client = await app.as('dinhbinh.cntt');
    const res = await client.get(COMPLIANCE);
    expect(res.status).toBe(200);
    expect(res.json.organisation.name).toBe(DINH_BINH);
    expect(res.json.totals).toMatchObject({ units: 1, systems: 1, approvedSystems: 1, dossiers: 1 });
    for (const name of foreignNames()) expect(res.text).not.toContain(name);
    expect(res.text).not.toContain('xã Định Công');
  });

  test('CSV', async () => {
    const client = await app.as('dinhbinh.cntt');
    const res = await downloadReport(client, COMPLIANCE, { format: 'csv' });
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8');
    expect(text).toContain(DINH_BINH);
    for (const name of foreignNames()) expect(text).not.toContain(name);
  });

  test('XLSX', async () => {
    const client = await app.as('dinhbinh.cntt');
    const res = await downloadReport(client, COMPLIANCE, { format: 'xlsx' });
    expect(res.status).toBe(200);
    const texts = cellTexts(await workbookOf(res.body)).join('\n');
    expect(texts).toContain(DINH_BINH);
    for (const name of foreignNames()) expect(texts).not.toContain(name);
  });
});

describe('XLSX of the district', () => {
  test('one sheet per section, a bold filled header row frozen, auto filters, widths, dates dd/mm/yyyy', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, COMPLIANCE, { format: 'xlsx', asOf: '2023-06-30' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="(.*)"; filename\*=UTF-8''/);
    expect(disposition.split('"')[1]).toBe('Bao cao cap do ATTT - Uy ban nhan dan huyen Yen Dinh - 30-06-2023.xlsx');
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(
      'Báo cáo cấp độ ATTT - Ủy ban nhân dân huyện Yên Định - 30-06-2023.xlsx',
    );
    const workbook = await workbookOf(res.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'Đơn vị theo loại',
      'Hệ thống theo cấp độ',
      'Hồ sơ theo trạng thái',
      'Hồ sơ đang chờ xử lý',
      'Hồ sơ quá hạn',
      'Kiểm tra đến hạn',
      'Cần xác định lại cấp độ',
      'Đơn vị',
      'Danh sách hệ thống',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter, sheet.name).toMatch(/^A1:[A-Z]1$/);
      const header = sheet.getRow(1);
      header.eachCell((cell) => {
        expect(cell.font?.bold, `${sheet.name} ${cell.address}`).toBe(true);
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      });
      expect(sheet.getColumn(1).width, sheet.name).toBeGreaterThan(5);
    }
    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A1').value).toBe('Nội dung');
    expect(cellTexts(workbook)).toContain('26/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ (100%).');
    const pending = workbook.getWorksheet('Hồ sơ đang chờ xử lý')!;
    expect(pending.getRow(1).values).toContain('Bắt đầu bước');
    const started = pending.getCell('F2');
    expect(started.value).toEqual(new Date('2023-06-05T00:00:00Z'));
    expect(started.numFmt).toBe('dd/mm/yyyy');
  });

  test('prints: A4 landscape fit to width, header row on every page, title and day above, one font', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, COMPLIANCE, { format: 'xlsx', asOf: '2023-06-30' });
    expect(res.status).toBe(200);
    const workbook = await expectPrintable(res.body, {
      title: 'Báo cáo kết quả bảo đảm an toàn hệ thống thông tin theo cấp độ - Ủy ban nhân dân huyện Yên Định',
      date: '30/06/2023',
      page: 'Trang',
    });
    expect(workbook.worksheets).toHaveLength(10);
    // The narrative's long sentences wrap: their rows are taller than one line.
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const heights: number[] = [];
    summary.eachRow((row) => void heights.push(row.height));
    expect(Math.max(...heights)).toBeGreaterThan(15.75);
  });

  test('texts that look like formulas stay text: string cells formatted "@", no formula anywhere', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, COMPLIANCE, { format: 'xlsx' });
    const workbook = await workbookOf(res.body);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell))));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula)).toEqual([]);
    for (const text of INJECTIONS) {
      const found = cells.filter((cell) => cell.value === text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const cell of found) expect(cell.numFmt, text).toBe('@');
    }
    const zip = await JSZip.loadAsync(res.body);
    const sheets = Object.keys(zip.files).filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBe(10);
    for (const name of sheets) expect(await zip.file(name)!.async('string'), name).not.toMatch(/<f[ >]/);
  });
});

describe('CSV of the district', () => {
  test('UTF-8 with a BOM, CRLF lines, RFC 4180 quoting, formula-like text prefixed with a quote', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, COMPLIANCE, { format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/\.csv"; filename\*=UTF-8''.*\.csv$/);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.body.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('Tổng hợp');
    // A name with a comma and quotes is quoted, its quotes doubled.
    expect(text).toContain(`"Trung tâm thử nghiệm, ""Báo cáo"" định dạng"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Bấm vào đây"")"`);
    expect(text).toContain(`,'+1,`);
    expect(text).toContain(`,'@SUM(A1:A9),`);
    expect(text).toContain(`,'-2+3,`);
    expect(text).toContain(`,'\tTAB=1,`);
    expect(text).toContain(`,'=cmd|' /C calc'!A0,`);
    for (const line of text.split('\r\n'))
      for (const field of line.split(',')) expect(field, line).not.toMatch(/^[=+@]/);
    expect(text).toContain('26/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ (100%).');
  });
});
