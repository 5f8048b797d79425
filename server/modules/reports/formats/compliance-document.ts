import type { Locale } from '#shared/i18n/translate.js';
import type { ComplianceReport } from '#shared/reports/reports.schemas.js';
import type { DocumentModel } from '#templates/document-model.js';
import { complianceReportTemplate } from '#templates/reports/compliance-report.js';
import type { Db } from '../../../db/open-db.js';
import { FileResponse } from '../../../http/file-response.js';
import { loadDocumentOrganisations } from '../../documents/parties.js';
import { renderModel } from '../../documents/render-form.js';
import { sanitiseFileName } from '../../dossiers/sanitise-file-name.js';
import type { ReportRoot } from '../report-root.js';

/**
 * The compliance report as an official document (a draft "BÁO CÁO" of the organisation, its number
 * left blank), through the same template model and renderers as every other document: the issuer's
 * header and signature come from its document settings.
 */
export async function complianceDocument(
  db: Db,
  input: {
    report: ComplianceReport;
    root: ReportRoot;
    format: 'pdf' | 'docx';
    baseName: string;
    today: string;
    locale: Locale;
  },
): Promise<FileResponse> {
  const model = await complianceReportModel(db, input);
  const rendered = await renderModel(model, input.format);
  return new FileResponse({ ...rendered, fileName: sanitiseFileName(input.baseName, input.format) });
}

/** The report's model: the issuer's header and signature from its document settings (the layout tests check it). */
export async function complianceReportModel(
  db: Db,
  input: { report: ComplianceReport; root: ReportRoot; today: string; locale: Locale },
): Promise<DocumentModel> {
  const issuer = (await loadDocumentOrganisations(db, [input.root.id])).get(input.root.id)!;
  return complianceReportTemplate({
    report: input.report,
    issuer: issuer.party,
    // Reports are not a form of the register: the head signs them unless the block is a deputy's.
    signature: { ...issuer.signature, signerName: issuer.defaultSigner },
    date: input.today,
    locale: input.locale,
  });
}
