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
import { annualSheets } from './formats/annual-sheets.js';
import { complianceSheets, labels } from './formats/compliance-sheets.js';
import { sendComplianceDocument } from './formats/send-report-document.js';
import { sendReportFile } from './formats/send-report-file.js';
import { resolveReportRoot } from './report-root.js';

/** A file was written to the response: the mount helper sends nothing more once headers are out. */
const fileSent = <T>() => undefined as unknown as T;

export function reportRoutes(db: Db): Router {
  const router = Router();

  mountAuthed(router, contracts.complianceReport, async ({ actor, query, locale, res }) => {
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
    if (query.format === 'pdf' || query.format === 'docx') {
      await sendComplianceDocument(db, res, { report, root, format: query.format, baseName: name, today, locale });
    } else {
      await sendReportFile(res, query.format, name, complianceSheets(report, locale), l.booleans);
    }
    return fileSent();
  });

  mountAuthed(router, contracts.annualReport, async ({ actor, query, locale, res }) => {
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
    await sendReportFile(res, query.format, name, annualSheets(report, locale), l.booleans);
    return fileSent();
  });

  return router;
}
