import { compareVietnamese } from '#shared/common/vietnamese-order.js';
import type { Locale } from '#shared/i18n/translate.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { annualNarrative } from '#shared/reports/narrative.js';
import { annualDueDates, annualPeriod } from '#shared/reports/report-calendar.js';
import {
  annualStatuses,
  type AnnualReport,
  type AnnualRow,
  type AnnualStatus,
} from '#shared/reports/reports.schemas.js';
import type { Db } from '../../db/open-db.js';
import { auditHead } from '../../db/schema/index.js';
import { loadWorkingCalendar } from '../calendar/load-calendar.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { toAnnualRow, type RawAnnualRow } from './annual-row.js';
import type { ReportRoot } from './report-root.js';
import { reportMoment } from './report-moment.js';
import { annualRowsSql } from './sql/annual-rows-sql.js';
import { fromJson, queryReport } from './sql/rows.js';

interface AnnualReportInput {
  root: ReportRoot;
  year: number;
  regime: RegimeId;
  today: string;
  regimes: Regimes;
  locale: Locale;
}

/**
 * The yearly report (issue 5 item 3): nd331 form 08 lists every system of the subtree; the nd85
 * report the systems of level 3 to 5 (approved, or proposed when not approved yet). The data stands
 * at the period's end, or today while the period runs. Unlike the roll-up it is a listing, so its
 * rows are read; the per-row dates (expected approval, next assessment) come from the shared clocks.
 */
export async function buildAnnualReport(db: Db, input: AnnualReportInput): Promise<AnnualReport> {
  const period = annualPeriod(input.regime, input.year);
  const asOf = period.to < input.today ? period.to : input.today;
  const moment = reportMoment(asOf, input.today);
  const calendar = await loadWorkingCalendar(db);
  // Read before the rows: the head names a state the report's data already includes.
  const [head] = await db
    .select({ lastId: auditHead.lastId, lastHash: auditHead.lastHash, count: auditHead.count })
    .from(auditHead);
  const rows = await queryReport<{ row: unknown }>(db, annualRowsSql(input.root.path, moment));
  const all = rows
    .map(({ row }) => toAnnualRow(fromJson<RawAnnualRow>(row), { asOf, regimes: input.regimes, calendar }))
    .filter((row) => input.regime === 'nd331' || (row.approvedLevel ?? row.proposedLevel ?? 0) >= 3)
    // Operators, then systems, in Vietnamese alphabetical order.
    .sort((a, b) => compareVietnamese(a.operator, b.operator) || compareVietnamese(a.system, b.system))
    .map((row, index): AnnualRow => ({ ...row, no: index + 1 }));
  const counts = Object.fromEntries(annualStatuses.map((status) => [status, 0])) as Record<AnnualStatus, number>;
  for (const row of all) counts[row.approvalStatus] += 1;
  const summary = { ...counts, total: all.length };
  return {
    organisation: { id: input.root.id, name: input.root.name, shortName: input.root.shortName, kind: input.root.kind },
    regime: input.regime,
    year: input.year,
    period,
    asOf,
    generatedAt: new Date().toISOString(),
    dueDates: annualDueDates(input.regime, input.year, input.locale),
    summary,
    narrative: annualNarrative({ period, summary }, input.locale),
    rows: all,
    auditHead: head ?? null,
  };
}
