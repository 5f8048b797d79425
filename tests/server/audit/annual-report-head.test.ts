import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { auditHead } from '#server/db/schema/index.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { ANNUAL, downloadReport } from '../reports/report-requests.js';

/**
 * A yearly report names the audit trail's head as it was generated: printed and filed, it is one
 * more record of the chain's state that no one with only the database can change.
 */
let app: TestApp;
useDemoApp((opened) => (app = opened));

const headRow = async () => (await app.db.select().from(auditHead))[0]!;

test('the JSON report carries the chain head at generation time', async () => {
  const client = await app.as('yendinh.tonghop');
  const report = (await client.get(ANNUAL, { query: { regime: 'nd331', year: '2023' } })).json;
  const head = await headRow();
  expect(report.auditHead).toEqual({ lastId: head.lastId, lastHash: head.lastHash, count: head.count });
});

test('the CSV and XLSX files print it on their summary, in Vietnamese', async () => {
  const client = await app.as('yendinh.tonghop');
  const head = await headRow();
  const line =
    `Chuỗi nhật ký khi lập báo cáo: đến sự kiện số ${head.lastId} (${head.count} sự kiện), ` +
    `mã băm ${head.lastHash}`;

  const csv = await downloadReport(client, ANNUAL, { regime: 'nd85', year: '2025', format: 'csv' });
  expect(csv.status).toBe(200);
  // Quoted: the line holds a comma (RFC 4180).
  expect(csv.body.toString('utf8').split('\r\n')).toContain(`"${line}"`);

  const xlsx = await downloadReport(client, ANNUAL, { regime: 'nd331', year: '2023', format: 'xlsx' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
  const summary = workbook.worksheets[0]!;
  const texts = summary.getColumn(1).values.filter((value) => typeof value === 'string');
  expect(texts).toContain(line);
});
