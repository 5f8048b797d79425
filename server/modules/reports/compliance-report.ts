import type { Locale } from '#shared/i18n/translate.js';
import { REPORT_LIST_LIMIT, type ComplianceReport } from '#shared/reports/reports.schemas.js';
import type { Db } from '../../db/open-db.js';
import type { Regimes } from '../regimes/load-regimes.js';
import type { ReportRoot } from './report-root.js';
import { reportMoment } from './report-moment.js';
import { shapeComplianceReport, type RawRollup } from './shape-compliance.js';
import { complianceRollupSql } from './sql/compliance-rollup-sql.js';
import { fromJson, queryReport } from './sql/rows.js';

interface ComplianceReportInput {
  root: ReportRoot;
  asOf: string;
  today: string;
  regimes: Regimes;
  locale: Locale;
  listLimit?: number;
}

/**
 * The compliance roll-up of a subtree (issue 5 item 1): one SQL statement computes every number,
 * then the answer is shaped and the narrative written. The caller resolved `root` in the actor's scope.
 */
export async function buildComplianceReport(db: Db, input: ComplianceReportInput): Promise<ComplianceReport> {
  const moment = reportMoment(input.asOf, input.today);
  const listLimit = input.listLimit ?? REPORT_LIST_LIMIT;
  const [row] = await queryReport<{ report: unknown }>(
    db,
    complianceRollupSql({
      rootId: input.root.id,
      rootPath: input.root.path,
      moment,
      regimes: input.regimes,
      listLimit,
    }),
  );
  const raw = fromJson<RawRollup>(row!.report);
  return shapeComplianceReport(input.root, raw, {
    asOf: input.asOf,
    historical: moment.historical,
    locale: input.locale,
    nd331From: input.regimes.nd331.effectiveFrom,
    listLimit,
  });
}
