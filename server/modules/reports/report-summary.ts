import type { Locale } from '#shared/i18n/translate.js';
import { SUMMARY_LIST_LIMIT, type ReportSummary } from '#shared/reports/summary.schemas.js';
import type { Db } from '../../db/open-db.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { buildComplianceReport } from './compliance-report.js';
import type { ReportRoot } from './report-root.js';

interface ReportSummaryInput {
  root: ReportRoot;
  asOf: string;
  today: string;
  regimes: Regimes;
  locale: Locale;
}

/**
 * The home page's part of the compliance roll-up: the same statement with its lists cut to their first
 * rows (their totals stay whole), without what the home page does not show. A country administrator's
 * home then receives a few kilobytes instead of the whole report.
 */
export async function buildReportSummary(db: Db, input: ReportSummaryInput): Promise<ReportSummary> {
  const {
    namedUnits: _named,
    redetermination: _flagged,
    ...summary
  } = await buildComplianceReport(db, {
    ...input,
    listLimit: SUMMARY_LIST_LIMIT,
  });
  return summary;
}
