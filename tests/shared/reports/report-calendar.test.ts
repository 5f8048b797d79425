import { expect, test } from 'vitest';
import { annualDueDates, annualPeriod, upcomingReportDueDates } from '#shared/reports/report-calendar.js';

test('form 08 covers 15/12 of the previous year to 14/12; nd85 the twelve months to 29/11', () => {
  expect(annualPeriod('nd331', 2026)).toEqual({ from: '2025-12-15', to: '2026-12-14' });
  expect(annualPeriod('nd85', 2025)).toEqual({ from: '2024-11-30', to: '2025-11-29' });
});

test('due dates: form 08 internally before 20/12 and to the ministry before 25/12; nd85 before 30/11', () => {
  expect(annualDueDates('nd331', 2026).map((d) => [d.key, d.before, d.label])).toEqual([
    ['nd331Internal', '2026-12-20', 'Báo cáo mẫu số 08 gửi cơ quan chủ quản trước ngày 20/12/2026'],
    ['nd331Ministry', '2026-12-25', 'Báo cáo mẫu số 08 gửi Bộ Công an trước ngày 25/12/2026'],
  ]);
  expect(annualDueDates('nd85', 2025, 'en')[0]).toEqual({
    key: 'nd85Yearly',
    regime: 'nd85',
    before: '2025-11-30',
    label: 'Yearly report on level 3+ systems before 30/11/2025',
  });
});

test('the next deadlines after a day, soonest first; none of nd331 before the decree', () => {
  const keys = (asOf: string) => upcomingReportDueDates(asOf, '2026-08-19').map((d) => `${d.key} ${d.before}`);
  expect(keys('2026-11-28')).toEqual(['nd85Yearly 2026-11-30', 'nd331Internal 2026-12-20', 'nd331Ministry 2026-12-25']);
  // On the day itself the deadline has passed ("before 30/11").
  expect(keys('2026-11-30')).toEqual(['nd331Internal 2026-12-20', 'nd331Ministry 2026-12-25', 'nd85Yearly 2027-11-30']);
  expect(keys('2023-06-30')).toEqual(['nd85Yearly 2023-11-30']);
});
