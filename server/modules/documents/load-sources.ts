import type { Db } from '../../db/open-db.js';
import type { DossierRecord } from '../dossiers/queries.js';
import { listAttachments } from '../dossiers/history-queries.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { documentRoles, type FormSources } from './build-form-data.js';
import { loadDocumentOrganisations } from './parties.js';

/** Everything the forms of one dossier are filled from, in two queries. */
export async function loadFormSources(db: Db, record: DossierRecord, regimes: Regimes): Promise<FormSources> {
  const [organisations, attachments] = await Promise.all([
    loadDocumentOrganisations(db, Object.values(documentRoles(record))),
    listAttachments(db, record.dossier.id),
  ]);
  return {
    record,
    regime: regimes[record.dossier.regime],
    organisations,
    attachmentNames: attachments.map((file) => file.fileName),
  };
}
