import type { Response } from 'express';
import type { Locale } from '../../../../shared/i18n/translate.js';
import type { ComplianceReport } from '../../../../shared/reports/reports.schemas.js';
import { complianceReportTemplate } from '../../../../templates/reports/compliance-report.js';
import type { Db } from '../../../db/open-db.js';
import { renderDocx } from '../../../rendering/render-docx.js';
import { renderPdf } from '../../../rendering/render-pdf.js';
import { loadDocumentOrganisations } from '../../documents/parties.js';
import { contentDisposition, sanitiseFileName } from '../../dossiers/sanitise-file-name.js';
import type { ReportRoot } from '../report-root.js';

const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * The compliance report as an official document (a draft "BÁO CÁO" of the organisation, its number
 * left blank), through the same template model and renderers as every other document: the issuer's
 * header and signature come from its document settings.
 */
export async function sendComplianceDocument(
  db: Db,
  res: Response,
  input: { report: ComplianceReport; root: ReportRoot; format: 'pdf' | 'docx'; baseName: string; today: string; locale: Locale },
): Promise<void> {
  const issuer = (await loadDocumentOrganisations(db, [input.root.id])).get(input.root.id)!;
  const model = complianceReportTemplate({ report: input.report, issuer: issuer.party, signature: issuer.signature, date: input.today, locale: input.locale });
  const bytes = input.format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  res
    .status(200)
    .set({
      'Content-Type': mediaTypes[input.format],
      'Content-Length': String(bytes.length),
      'Content-Disposition': contentDisposition(sanitiseFileName(input.baseName, input.format)),
      'X-Content-Type-Options': 'nosniff',
    })
    .end(bytes);
}
