import { asc, eq } from 'drizzle-orm';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { dossiers, informationSystems, organisations } from '#server/db/schema/index.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { availableForms } from '#server/modules/documents/available-forms.js';
import { loadFormSources } from '#server/modules/documents/load-sources.js';
import { formModel } from '#server/modules/documents/render-form.js';
import { loadDossierRecords, selectDossiers } from '#server/modules/dossiers/queries.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { buildComplianceReport } from '#server/modules/reports/compliance-report.js';
import { complianceReportModel } from '#server/modules/reports/formats/compliance-document.js';
import { reportRootColumns } from '#server/modules/reports/report-root.js';
import { makeDossier } from '../factories/dossiers.js';
import { DISTRICT, TTDVNN } from './demo.js';
import type { LayoutDocument } from './layout-render.js';

/**
 * The documents of the demo's real dossiers, made the way the server makes them for a download
 * (load-sources.ts, build-form-data.ts, render-form.ts): every form each dossier offers today (issued
 * where the dossier has its number, the appraiser's opinion a draft while it waits), and every form of
 * two new dossiers still being drafted, one under each regime.
 */

const orgId = async (db: Db, name: string) =>
  (await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name)))[0]!.id;

const systemOf = async (db: Db, operatorName: string) =>
  (
    await db
      .select({ id: informationSystems.id })
      .from(informationSystems)
      .where(eq(informationSystems.operatorOrganisationId, await orgId(db, operatorName)))
      .orderBy(asc(informationSystems.name))
  )[0]!.id;

/**
 * Two dossiers being drafted: the agricultural centre's under Decree 85 at level 2, and the district's
 * portal under Decree 331 at level 5, whose forms are every nd331 form. Returns their ids.
 */
export async function addDraftDossiers(db: Db): Promise<string[]> {
  const nd85 = await makeDossier(db, {
    operatorOrganisationId: await orgId(db, TTDVNN),
    systems: [{ systemId: await systemOf(db, TTDVNN), level: 2 }],
    title: 'Hồ sơ đề xuất cấp độ 2 - Hệ thống thông tin phục vụ hoạt động nội bộ (xác định lại)',
  });
  const nd331 = await makeDossier(db, {
    operatorOrganisationId: await orgId(db, DISTRICT),
    systems: [{ systemId: await systemOf(db, DISTRICT), level: 5 }],
    regime: 'nd331',
    title: 'Hồ sơ đề xuất cấp độ 5 - Cổng thông tin điện tử huyện Yên Định',
  });
  return [nd85.id, nd331.id];
}

/** Every document of every dossier of the database; a dossier still being drafted gives every form of its level. */
export async function dossierDocuments(db: Db): Promise<LayoutDocument[]> {
  const regimes = await loadRegimes(db);
  const rows = await selectDossiers(db).orderBy(asc(dossiers.createdAt), asc(dossiers.id));
  const records = await loadDossierRecords(db, rows, regimes);
  const documents: LayoutDocument[] = [];
  for (const record of records) {
    const regime = regimes[record.dossier.regime];
    const level = record.dossier.proposedLevel as 1 | 2 | 3 | 4 | 5 | null;
    const forms: FormKey[] =
      record.dossier.status === 'drafting' && level !== null
        ? regime.forms[level]
        : availableForms(record, regime, true);
    const sources = await loadFormSources(db, record, regimes);
    for (const form of forms) {
      const model = formModel(form, sources);
      // The operator, the regime and the dossier's step tell the dossiers apart; then the form and its state.
      const name = `${record.operator.name} ${regime.id} ${record.dossier.status}: ${form} ${model.status}`;
      documents.push({ name, model });
    }
  }
  return documents;
}

/** The district's compliance report, its model made as the reports download makes it (compliance-document.ts). */
export async function complianceReportDocument(db: Db, asOf = '2023-06-30'): Promise<LayoutDocument> {
  const [root] = await db.select(reportRootColumns).from(organisations).where(eq(organisations.name, DISTRICT));
  const today = todayInVietnam();
  const regimes = await loadRegimes(db);
  const report = await buildComplianceReport(db, { root: root!, asOf, today, regimes, locale: 'vi' });
  const model = await complianceReportModel(db, { report, root: root!, today, locale: 'vi' });
  return { name: `${root!.name} compliance report ${model.status}`, model };
}

/** The names of the organisation register. */
export const organisationNames = async (db: Db) =>
  (await db.select({ name: organisations.name }).from(organisations)).map((row) => row.name);
