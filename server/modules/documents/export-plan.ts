import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { DocumentFormat } from '#shared/documents/documents.schemas.js';
import type { Db } from '../../db/open-db.js';
import type { Actor } from '../../policies/actor.js';
import { findVisibleDossierRows, loadDossierRecords, type DossierRecord } from '../dossiers/queries.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { formsOf } from './dossier-documents.js';

/** What one export renders: for each dossier, the forms its requester may have. */
export type ExportPlan = Array<{ record: DossierRecord; forms: FormKey[] }>;

/** The documents a plan renders: each form of each dossier, in each format asked for. */
export const documentCount = (plan: ExportPlan, formats: DocumentFormat[]) =>
  plan.reduce((sum, { forms }) => sum + forms.length * formats.length, 0);

/**
 * The plan of an export as its requester may have it now, from the dossiers recorded with the request:
 * an attempt that runs later (after a restart) renders what the person still sees, as a new request would.
 */
export async function planExport(db: Db, actor: Actor, dossierIds: string[], regimes: Regimes): Promise<ExportPlan> {
  const rows = await findVisibleDossierRows(db, actor, dossierIds);
  const records = await loadDossierRecords(
    db,
    rows.filter((row) => row !== undefined),
    regimes,
  );
  return records.map((record) => ({ record, forms: formsOf(record, regimes, actor) }));
}
