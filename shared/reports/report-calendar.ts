import { addCalendarDays } from '../calendar/working-days.js';
import { formatDateVi, type IsoDate } from '../common/text.js';
import { translate, type Locale } from '../i18n/translate.js';
import type { RegimeId } from '../regimes/regime.schemas.js';
import type { ReportDueDate } from './reports.schemas.js';

/**
 * The periods and deadlines of the yearly reports (docs/domain.md#yearly-reports):
 * - nd331 form 08 covers 15/12 of the previous year to 14/12, sent internally before 20/12 and to the
 *   Ministry of Public Security before 25/12;
 * - nd85 levels 3-5 report yearly before 30/11. The decree names no period, so the product takes the
 *   twelve months ending on the last day the report may be sent (30/11 of the previous year to 29/11).
 */
export function annualPeriod(regime: RegimeId, year: number): { from: IsoDate; to: IsoDate } {
  if (regime === 'nd331') return { from: `${year - 1}-12-15`, to: `${year}-12-14` };
  return { from: `${year - 1}-11-30`, to: `${year}-11-29` };
}

const dueKeys = { nd331: ['nd331Internal', 'nd331Ministry'], nd85: ['nd85Yearly'] } as const satisfies Record<
  RegimeId,
  readonly ReportDueDate['key'][]
>;
const dueDay = { nd331Internal: '12-20', nd331Ministry: '12-25', nd85Yearly: '11-30' } satisfies Record<
  ReportDueDate['key'],
  string
>;

/**
 * The reports due for `year`: "before" is the date in the rule ("trước
 * ngày 20/12"), so the last day to send is the day before.
 */
export function annualDueDates(regime: RegimeId, year: number, locale: Locale = 'vi'): ReportDueDate[] {
  return dueKeys[regime].map((key) => {
    const before = `${year}-${dueDay[key]}`;
    return { key, regime, before, label: translate(locale, `reports.dueDate.${key}`, { date: formatDateVi(before) }) };
  });
}

/**
 * The next deadline of each yearly report after `asOf` (a deadline whose day has come is past), for the
 * dashboard. nd331 reports start with the regime: none is due before `nd331From`.
 */
export function upcomingReportDueDates(asOf: IsoDate, nd331From: IsoDate, locale: Locale = 'vi'): ReportDueDate[] {
  const year = Number(asOf.slice(0, 4));
  const out: ReportDueDate[] = [];
  for (const regime of ['nd331', 'nd85'] as const) {
    for (const key of dueKeys[regime]) {
      const thisYear = `${year}-${dueDay[key]}`;
      const dueYear = thisYear > asOf ? year : year + 1;
      const due = annualDueDates(regime, dueYear, locale).find((d) => d.key === key)!;
      if (regime === 'nd331' && addCalendarDays(due.before, -1) < nd331From) continue;
      out.push(due);
    }
  }
  return out.sort((a, b) => (a.before < b.before ? -1 : a.before > b.before ? 1 : 0));
}
