import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { MAX_ROWS_PER_SHEET } from '#server/modules/onboarding/read-workbook.js';
import { sheetLayouts } from '#server/modules/onboarding/workbook-layout.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

/** A zip with one deflated entry, written by hand so its header can say what it likes. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  // The local header and the central directory's entry hold the same fields from "version needed" on.
  const header = (signature: number, size: number, versionNeededAt: number) => {
    const bytes = Buffer.alloc(size);
    bytes.writeUInt32LE(signature, 0);
    bytes.writeUInt16LE(20, 4); // version made by (central) or needed (local)
    bytes.writeUInt16LE(20, versionNeededAt);
    bytes.writeUInt16LE(8, versionNeededAt + 4); // deflate
    bytes.writeUInt32LE(crc32(content), versionNeededAt + 10);
    bytes.writeUInt32LE(data.length, versionNeededAt + 14);
    bytes.writeUInt32LE(declaredSize, versionNeededAt + 18);
    bytes.writeUInt16LE(nameBytes.length, versionNeededAt + 22);
    return bytes;
  };
  const local = header(0x04034b50, 30, 4);
  const central = header(0x02014b50, 46, 6);
  const directoryOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

async function uploadRefused(file: Buffer) {
  const admin = await app.as('admin');
  const before = await snapshotTables(app.db);
  const res = await admin.post('/api/onboarding/imports', { bytes: file });
  expect(await snapshotTables(app.db)).toEqual(before);
  return res;
}

describe('a hostile or broken spreadsheet gets a clear 400 and changes nothing', () => {
  test('bytes that are no spreadsheet', async () => {
    const res = await uploadRefused(Buffer.from('=HYPERLINK("http://evil")\n'.repeat(100)));
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([{ path: 'file', message: expect.stringContaining('.xlsx') }]);
  });

  test('a zip bomb: 200 MB of zeros in 200 KB, declared small, is stopped at the cap', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(200 * 1024 * 1024), 1000);
    expect(bomb.length).toBeLessThan(300 * 1024);
    const res = await uploadRefused(bomb);
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].message).toContain('giải nén ra quá lớn');
  });

  test('an empty body, and a body over 10 MB (413)', async () => {
    expect((await uploadRefused(Buffer.alloc(0))).status).toBe(400);
    expect((await uploadRefused(Buffer.alloc(10 * 1024 * 1024 + 1))).status).toBe(413);
  });

  test('a sheet longer than a province needs', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetLayouts.people.name);
    sheet.addRow(sheetLayouts.people.columns.map((column) => column.header));
    for (let index = 0; index <= MAX_ROWS_PER_SHEET; index++) sheet.addRow([`user${index}`]);
    const res = await uploadRefused(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].message).toContain('tối đa');
  });

  test('a drop-down over a whole sheet (a billion cells) is not expanded: the preview comes back', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetLayouts.people.name);
    sheet.addRow(sheetLayouts.people.columns.map((column) => column.header));
    (sheet as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      'A1:XFD1048576',
      { type: 'list', allowBlank: true, formulae: ['"a,b"'] },
    );
    const admin = await app.as('admin');
    const res = await admin.post('/api/onboarding/imports', { bytes: Buffer.from(await workbook.xlsx.writeBuffer()) });
    expect(res.status, res.text).toBe(201);
    expect(res.json.changeCount).toBe(0);
  });

  test('wrong types and a missing column are mistakes on their cells, not failures', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetLayouts.systems.name);
    const headers = sheetLayouts.systems.columns.map((column) => column.header).filter((h) => h !== 'Tên hệ thống');
    sheet.addRow(headers);
    sheet.addRow(headers.map((_, index) => (index === 6 ? new Date('2024-01-01') : true)));
    const admin = await app.as('admin');
    const res = await admin.post('/api/onboarding/imports', { bytes: Buffer.from(await workbook.xlsx.writeBuffer()) });
    expect(res.status, res.text).toBe(201);
    expect(res.json.issues[0]).toMatchObject({ sheet: 'systems', row: 1, header: 'Tên hệ thống' });
    expect(res.json.abilities.commit).toBe(false);
  });
});
