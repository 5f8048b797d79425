import { Router } from 'express';
import { formatDateVi } from '#shared/common/text.js';
import * as contracts from '#shared/reports/reports.contract.js';
import { reportSummary } from '#shared/reports/summary.contract.js';
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
import { buildReportSummary } from './report-summary.js';
import { cachedReport } from './cache/cached-report.js';

export function reportRoutes(db: Db): Router {
  const router = Router();

  mountAuthed(router, contracts.complianceReport, async ({ actor, query, locale }) => {
    const today = todayInVietnam();
    const asOf = query.asOf ?? today;
    if (asOf > today) throw fieldError('asOf', 'reports.validation.asOfInFuture', { today: formatDateVi(today) });
    const root = await resolveReportRoot(db, actor, query.organisationId);
    const report = await cachedReport(db, { report: 'compliance', rootId: root.id, asOf, today, locale }, async () =>
      buildComplianceReport(db, { root, asOf, today, regimes: await loadRegimes(db), locale }),
    );
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

  // The home page's numbers: the roll-up without its long lists, cached like the report.
  mountAuthed(router, reportSummary, async ({ actor, query, locale }) => {
    const today = todayInVietnam();
    const asOf = query.asOf ?? today;
    if (asOf > today) throw fieldError('asOf', 'reports.validation.asOfInFuture', { today: formatDateVi(today) });
    const root = await resolveReportRoot(db, actor, query.organisationId);
    return cachedReport(db, { report: 'summary', rootId: root.id, asOf, today, locale }, async () =>
      buildReportSummary(db, { root, asOf, today, regimes: await loadRegimes(db), locale }),
    );
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
