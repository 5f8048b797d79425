import type { DocumentFormat, DossierDocument } from '#shared/documents/documents.schemas.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { DocumentModel } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import type { Db } from '../../db/open-db.js';
import { runInPool } from '../../rendering/document-pool.js';
import type { Actor } from '../../policies/actor.js';
import { dossierAbilities } from '../../policies/dossier.policy.js';
import type { DossierRecord } from '../dossiers/queries.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { availableForms } from './available-forms.js';
import { issuedSymbolOf, type FormSources } from './build-form-data.js';
import { issuedFileKey, keptIssuedFile } from './keep-issued-file.js';
import { loadFormSources } from './load-sources.js';
import { documentFileName, dossierFolderName } from './download-names.js';
import { formModel, mediaTypeOf, renderModel, type RenderedDocument } from './render-form.js';

export function formsOf(record: DossierRecord, regimes: Regimes, actor: Actor): FormKey[] {
  return availableForms(record, regimes[record.dossier.regime], dossierAbilities(actor, record.facts).appraise);
}

export function describeForms(record: DossierRecord, forms: FormKey[]): DossierDocument[] {
  return forms.map((form) => {
    const definition = formDefinition(form);
    const issued = issuedSymbolOf(record, form);
    return {
      form,
      title: definition.title,
      fileName: documentFileName(record, form),
      status: issued ? 'issued' : 'draft',
      symbol: issued?.symbol ?? null,
      issuedOn: issued?.date ?? null,
    };
  });
}

/**
 * The given forms of one dossier in the given formats, in order: an issued one as it was kept the first time
 * (keep-issued-file.ts), a draft rendered now. Rendering runs on the document pool; the dossier's sources are
 * loaded only when something is rendered.
 */
export async function renderDossierForms(
  db: Db,
  record: DossierRecord,
  regimes: Regimes,
  forms: FormKey[],
  formats: DocumentFormat[],
  onRendered?: () => Promise<void>,
): Promise<RenderedDocument[]> {
  let sources: Promise<FormSources> | undefined;
  const files: RenderedDocument[] = [];
  for (const form of forms) {
    let model: DocumentModel | undefined;
    const modelOf = async () => (model ??= formModel(form, await (sources ??= loadFormSources(db, record, regimes))));
    const fileName = documentFileName(record, form);
    for (const format of formats) {
      const render = async () => renderModel(await modelOf(), format);
      const key = issuedFileKey(record, form, format);
      const file = key
        ? { ...(await keptIssuedFile(db, key, async () => (await render()).bytes)), mediaType: mediaTypeOf(format) }
        : await render();
      files.push({ ...file, fileName: `${fileName}.${format}` });
      await onRendered?.();
    }
  }
  return files;
}

/** A zip of files under folders, built on the document pool. */
export async function zipFiles(entries: Array<{ folder: string; file: RenderedDocument }>): Promise<Buffer> {
  return runInPool({
    kind: 'zip',
    entries: entries.map(({ folder, file }) => ({
      name: folder ? `${folder}/${file.fileName}` : file.fileName,
      bytes: file.bytes,
    })),
  });
}

/** A folder name for a dossier inside a zip: its unit and the start of its id, ASCII (download-names.ts). */
export const dossierFolder = dossierFolderName;
