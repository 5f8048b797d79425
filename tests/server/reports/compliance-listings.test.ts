import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { formatDateVi } from '#shared/common/text.js';
import { makeSystem } from '../../factories/systems.js';
import { useDemoApp } from '../../support/demo-app.js';
import { DINH_BINH, DISTRICT, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { COMPLIANCE, downloadReport } from './report-requests.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** Each data row of a sheet as the texts a person reads in it (the header row left out). */
async function sheetRows(body: Buffer, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(name);
  expect(sheet, name).toBeDefined();
  const rows: string[][] = [];
  sheet!.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1).map((value) => textOf(value)));
  });
  return { sheet: sheet!, rows };
}
const textOf = (value: unknown) =>
  value instanceof Date
    ? formatDateVi(value)
    : typeof value === 'string' || typeof value === 'number'
      ? `${value}`
      : '';

test('the XLSX compliance report has a sheet of every unit with its counts', async () => {
  const res = await downloadReport(await app.as('yendinh.tonghop'), COMPLIANCE, { format: 'xlsx' });
  expect(res.status).toBe(200);
  const { sheet, rows } = await sheetRows(res.body, 'Đơn vị');
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'STT',
    'Đơn vị',
    'Loại đơn vị',
    'Số hệ thống',
    'Đã phê duyệt cấp độ',
    'Chưa phê duyệt cấp độ',
  ]);
  // The district itself and every unit under it, once each, the district first.
  expect(rows).toHaveLength(demo.subtreeIds(DISTRICT).size);
  expect(rows[0]![1]).toBe(DISTRICT);
  const dinhBinh = rows.find((row) => row[1] === DINH_BINH)!;
  expect(dinhBinh.slice(2)).toEqual(['Xã', '1', '1', '0']);
  const systems = rows.reduce((total, row) => total + Number(row[3]), 0);
  expect(systems).toBe(demo.systems.filter((s) => demo.subtreeIds(DISTRICT).has(s.operatorOrganisationId)).length);
});

test('and a sheet listing every system: unit, system, level, status, decision number and date', async () => {
  const system = demo.systemOf(DINH_BINH);
  const res = await downloadReport(await app.as('yendinh.tonghop'), COMPLIANCE, { format: 'xlsx' });
  const { sheet, rows } = await sheetRows(res.body, 'Danh sách hệ thống');
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'STT',
    'Đơn vị',
    'Tên hệ thống thông tin',
    'Cấp độ được phê duyệt',
    'Trạng thái',
    'Số quyết định phê duyệt',
    'Ngày quyết định',
  ]);
  const listed = rows.find((row) => row[2] === system.name)!;
  expect(listed).toEqual([
    expect.any(String),
    DINH_BINH,
    system.name,
    `Cấp độ ${system.approvedLevel}`,
    'Đã phê duyệt',
    system.approvalDecisionNumber,
    formatDateVi(system.approvalDecisionDate),
  ]);
  expect(rows.map((row) => row[0])).toEqual(rows.map((_, index) => String(index + 1)));
});

test('a system named like a formula is listed as text, never as a formula', async () => {
  const name = '=HYPERLINK("http://evil.example","Bấm")';
  await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id, name });
  const res = await downloadReport(await app.as('dinhbinh.cntt'), COMPLIANCE, { format: 'xlsx' });
  const { sheet } = await sheetRows(res.body, 'Danh sách hệ thống');
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
  const cell = cells.find((c) => c.value === name);
  expect(cell?.type).toBe(ExcelJS.ValueType.String);
  expect(cell?.numFmt).toBe('@');
  expect(cells.filter((c) => c.formula)).toEqual([]);
});
