import { Router } from 'express';
import { formatDateVi } from '#shared/common/text.js';
import * as contracts from '#shared/reports/reports.contract.js';
import type { Db } from '../../db/open-db.js';
import { fieldError } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { loadRegimes } from '../regimes/load-regimes.js';
import { buildAnnualReport } from './annual-report.js';
import { buildComplianceReport } from './compliance-report.js';
import { loadComplianceListings } from './compliance-listings.js';
import { annualSheets } from './formats/annual-sheets.js';
import { complianceSheets, labels } from './formats/compliance-sheets.js';
import { complianceDocument } from './formats/compliance-document.js';
import { reportFile } from './formats/report-file.js';
import { resolveReportRoot } from './report-root.js';

export function reportRoutes(db: Db): Router {
  const router = Router();

  mountAuthed(router, contracts.complianceReport, async ({ actor, query, locale }) => {
    const today = todayInVietnam();
    const asOf = query.asOf ?? today;
    if (asOf > today) throw fieldError('asOf', 'reports.validation.asOfInFuture', { today: formatDateVi(today) });
    // Two small independent reads: in parallel on PostgreSQL's pool.
    const [root, regimes] = await Promise.all([resolveReportRoot(db, actor, query.organisationId), loadRegimes(db)]);
    const report = await buildComplianceReport(db, { root, asOf, today, regimes, locale });
    if (query.format === 'json') return report;
    const l = labels(locale);
    const name = l.t('reports.title.fileCompliance', {
      organisation: root.name,
      date: formatDateVi(asOf).replace(/\//g, '-'),
    });
    if (query.format === 'pdf' || query.format === 'docx')
      return complianceDocument(db, { report, root, format: query.format, baseName: name, today, locale });
    const listings = await loadComplianceListings(db, { root, asOf, today });
    return reportFile(query.format, name, complianceSheets(report, locale, listings), l.booleans);
  });

  mountAuthed(router, contracts.annualReport, async ({ actor, query, locale }) => {
    const [root, regimes] = await Promise.all([resolveReportRoot(db, actor, query.organisationId), loadRegimes(db)]);
    const report = await buildAnnualReport(db, {
      root,
      year: query.year,
      regime: query.regime,
      today: todayInVietnam(),
      regimes,
      locale,
    });
    if (query.format === 'json') return report;
    const l = labels(locale);
    const name = l.t('reports.title.fileAnnual', { year: query.year, regime: query.regime, organisation: root.name });
    return reportFile(query.format, name, annualSheets(report, locale), l.booleans);
  });

  return router;
}
