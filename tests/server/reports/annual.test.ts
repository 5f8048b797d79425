import { beforeAll, describe, expect, test } from 'vitest';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, DISTRICT, TTDVNN, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { ANNUAL, downloadReport } from './report-requests.js';
import { expectPrintable } from './xlsx-print.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  await makeSystem(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    name: 'Hệ thống một cửa điện tử xã Định Bình',
    approvedLevel: 3,
    approvalRegime: 'nd85',
    approvalDecisionNumber: '77/QĐ-UBND',
    approvalDecisionDate: '2024-05-10',
  });
});

const FORM_08_COLUMNS = [
  'STT',
  'Tên hệ thống thông tin',
  'Chủ quản hệ thống thông tin',
  'Đơn vị vận hành',
  'Cấp độ đề xuất',
  'Tình trạng phê duyệt',
  'Quyết định phê duyệt cấp độ',
  'Quyết định ban hành quy chế bảo đảm an toàn hệ thống thông tin',
  'Thời gian dự kiến phê duyệt',
  'Tình hình triển khai phương án bảo đảm an toàn',
  'Thời gian dự kiến triển khai đầy đủ',
  'Kiểm tra, đánh giá (trước khi đưa vào sử dụng / định kỳ)',
];

describe('nd331 form 08 of the demo district for 2023', () => {
  test('the period 15/12/2022-14/12/2023, its due dates, the four statuses counted exactly', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await client.get(ANNUAL, { query: { regime: 'nd331', year: '2023' } });
    expect(res.status).toBe(200);
    const report = res.json;
    expect(report.organisation.name).toBe(DISTRICT);
    expect(report.period).toEqual({ from: '2022-12-15', to: '2023-12-14' });
    expect(report.asOf).toBe('2023-12-14');
    expect(report.dueDates).toEqual([
      {
        key: 'nd331Internal',
        regime: 'nd331',
        before: '2023-12-20',
        label: 'Báo cáo mẫu số 08 gửi cơ quan chủ quản trước ngày 20/12/2023',
      },
      {
        key: 'nd331Ministry',
        regime: 'nd331',
        before: '2023-12-25',
        label: 'Báo cáo mẫu số 08 gửi Bộ Công an trước ngày 25/12/2023',
      },
    ]);
    // The factory's level-3 system is in today's register; its decision
    // (10/05/2024) came after the period: no dossier, not approved then.
    expect(report.summary).toEqual({ drafting: 0, submitted: 3, appraised: 0, approved: 27, notStarted: 1, total: 31 });
    expect(report.narrative[0]).toBe(
      'Kỳ báo cáo từ ngày 15/12/2022 đến ngày 14/12/2023: 31 hệ thống thông tin; đang xây dựng hồ sơ: 00; đã gửi ' +
        'thẩm định: 03; đã thẩm định: 00; đã phê duyệt: 27.',
    );
    const waiting = report.rows.find((row: { operator: string }) => row.operator === TTDVNN);
    // Submitted 05/06/2023: completeness 5 working days (12/06), appraisal 15 days (27/06), approval 7 working days.
    expect(waiting).toMatchObject({
      approvalStatus: 'submitted',
      proposedLevel: 2,
      approvedLevel: null,
      expectedApprovalDate: '2023-07-06',
      approvalDecision: null,
    });
    const dinhBinh = report.rows.find(
      (row: { operator: string; proposedLevel: number }) => row.operator === DINH_BINH && row.proposedLevel === 2,
    );
    const system = demo.systemOf(DINH_BINH);
    expect(dinhBinh).toMatchObject({
      approvalStatus: 'approved',
      approvedLevel: 2,
      approvalDecision: { number: system.approvalDecisionNumber, date: system.approvalDecisionDate },
      planStatus: 'fully',
      assessment: 'periodic',
      regulationDecision: null,
    });
    expect(dinhBinh.nextAssessmentDue > '2023-12-14').toBe(true);
    expect(report.rows.map((row: { no: number }) => row.no)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  test('XLSX: the twelve columns of form 08, in order, and a summary sheet', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, ANNUAL, { regime: 'nd331', year: '2023', format: 'xlsx' });
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(
      'Báo cáo năm 2023 (nd331) - Ủy ban nhân dân huyện Yên Định.xlsx',
    );
    const workbook = await expectPrintable(res.body, {
      title:
        'Báo cáo tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ năm 2023 (Mẫu số 08) - Ủy ban nhân dân ' +
        'huyện Yên Định',
      date: '14/12/2023',
      page: 'Trang',
    });
    const [summary, listing] = workbook.worksheets;
    expect(summary!.getCell('A2').value).toBe(
      'Báo cáo tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ năm 2023 (Mẫu số 08)',
    );
    expect((listing!.getRow(1).values as unknown[]).slice(1)).toEqual(FORM_08_COLUMNS);
    expect(listing!.rowCount).toBe(32);
    expect(listing!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  test('CSV: the same twelve columns', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await downloadReport(client, ANNUAL, { regime: 'nd331', year: '2023', format: 'csv' });
    const lines = res.body.toString('utf8').slice(1).split('\r\n');
    expect(lines).toContain(FORM_08_COLUMNS.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
  });

  test('the running year stands at today', async () => {
    const client = await app.as('yendinh.tonghop');
    const year = Number(todayInVietnam().slice(0, 4));
    const report = (
      await client.get(ANNUAL, {
        query: { regime: 'nd331', year: String(year + (todayInVietnam() > `${year}-12-14` ? 1 : 0)) },
      })
    ).json;
    expect(report.asOf).toBe(todayInVietnam());
  });
});

describe('the nd85 yearly report (levels 3-5)', () => {
  test('lists only systems of level 3 and above, due before 30/11', async () => {
    const client = await app.as('yendinh.tonghop');
    const report = (await client.get(ANNUAL, { query: { regime: 'nd85', year: '2025' } })).json;
    expect(report.period).toEqual({ from: '2024-11-30', to: '2025-11-29' });
    expect(report.dueDates).toEqual([
      {
        key: 'nd85Yearly',
        regime: 'nd85',
        before: '2025-11-30',
        label: 'Báo cáo hằng năm về hệ thống cấp độ 3 trở lên trước ngày 30/11/2025',
      },
    ]);
    expect(report.rows).toHaveLength(1);
    // Level 3 under nd85: inspected yearly from the approval on 10/05/2024.
    expect(report.rows[0]).toMatchObject({
      system: 'Hệ thống một cửa điện tử xã Định Bình',
      approvedLevel: 3,
      approvalStatus: 'approved',
      nextAssessmentDue: '2026-05-10',
    });
    expect(report.summary).toMatchObject({ approved: 1, total: 1 });
  });

  test('a commune officer gets the same for their commune only', async () => {
    const client = await app.as('dinhbinh.cntt');
    const report = (await client.get(ANNUAL, { query: { regime: 'nd331', year: '2025' } })).json;
    expect(report.organisation.name).toBe(DINH_BINH);
    expect(report.rows.map((row: { operator: string }) => row.operator)).toEqual([DINH_BINH, DINH_BINH]);
  });
});
