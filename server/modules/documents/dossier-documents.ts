import JSZip from 'jszip';
import type { DocumentFormat, DossierDocument } from '#shared/documents/documents.schemas.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import { formDefinition } from '#templates/forms/index.js';
import type { Db } from '../../db/open-db.js';
import type { Actor } from '../../policies/actor.js';
import { dossierAbilities } from '../../policies/dossier.policy.js';
import type { DossierRecord } from '../dossiers/queries.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { availableForms } from './available-forms.js';
import { issuedSymbolOf } from './build-form-data.js';
import { loadFormSources } from './load-sources.js';
import { documentFileName, dossierFolderName } from './download-names.js';
import { formModel, renderModel, type RenderedDocument } from './render-form.js';

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

/** Renders the given forms of one dossier in the given formats, in order. */
export async function renderDossierForms(
  db: Db,
  record: DossierRecord,
  regimes: Regimes,
  forms: FormKey[],
  formats: DocumentFormat[],
  onRendered?: () => Promise<void>,
): Promise<RenderedDocument[]> {
  const sources = await loadFormSources(db, record, regimes);
  const files: RenderedDocument[] = [];
  for (const form of forms) {
    const model = formModel(form, sources);
    const fileName = documentFileName(record, form);
    for (const format of formats) {
      files.push({ ...(await renderModel(model, format)), fileName: `${fileName}.${format}` });
      await onRendered?.();
    }
  }
  return files;
}

/** A zip of files under folders; the documents are compressed already, so they are stored as they are. */
export async function zipFiles(entries: Array<{ folder: string; file: RenderedDocument }>): Promise<Buffer> {
  const zip = new JSZip();
  for (const { folder, file } of entries)
    zip.file(folder ? `${folder}/${file.fileName}` : file.fileName, file.bytes, { binary: true });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** A folder name for a dossier inside a zip: its unit and the start of its id, ASCII (download-names.ts). */
export const dossierFolder = dossierFolderName;
