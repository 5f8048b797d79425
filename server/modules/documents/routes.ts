import { Router } from 'express';
import * as contracts from '#shared/documents/documents.contract.js';
import { listDocumentRegisters } from '#shared/documents/document-registers.contract.js';
import { parseDocumentFile } from '#shared/documents/documents.schemas.js';
import type { Background } from '../../background.js';
import type { Db } from '../../db/open-db.js';
import { FileResponse } from '../../http/file-response.js';
import { HttpError, notFound } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import type { Actor } from '../../policies/actor.js';
import { findVisibleDossier } from '../dossiers/queries.js';
import { loadRegimes } from '../regimes/load-regimes.js';
import { findOwnExport, ownExportZip, presentExport, startDocumentExport } from './document-exports.js';
import { describeForms, formsOf, renderDossierForms, zipFiles } from './dossier-documents.js';
import { dossierZipName, exportZipName } from './download-names.js';
import { listVisibleDocumentRegisters } from './document-registers.js';
import { readDocumentSettings, writeDocumentSettings } from './document-settings.js';
import type { RenderedDocument } from './render-form.js';

export function documentRoutes(db: Db, background: Pick<Background, 'jobs'>): Router {
  const router = Router();
  const visible = async (actor: Actor, id: string) => {
    const regimes = await loadRegimes(db, actor.referenceVersion);
    const record = await findVisibleDossier(db, actor, id, regimes);
    if (!record) throw notFound();
    return { record, regimes, forms: formsOf(record, regimes, actor) };
  };

  mountAuthed(router, contracts.listDossierDocuments, async ({ actor, params }) => {
    const { record, forms } = await visible(actor, params.id);
    return { items: describeForms(record, forms) };
  });

  // Before ":file": "documents.zip" is its own route.
  mountAuthed(router, contracts.downloadDossierDocuments, async ({ actor, params }) => {
    const { record, regimes, forms } = await visible(actor, params.id);
    const files = await renderDossierForms(db, record, regimes, forms, ['docx', 'pdf']);
    const bytes = await zipFiles(files.map((file) => ({ folder: '', file })));
    return new FileResponse({ bytes, fileName: dossierZipName(record), mediaType: 'application/zip' });
  });

  mountAuthed(router, contracts.downloadDossierDocument, async ({ actor, params, query }) => {
    const { form, format } = parseDocumentFile(params.file);
    const { record, regimes, forms } = await visible(actor, params.id);
    if (!forms.includes(form))
      throw new HttpError('not_found', [{ path: 'file', message: 'validation.documentNotAvailable' }]);
    // An issued document is the file kept at its first download, its hash the ETag (keep-issued-file.ts).
    const [{ sha256, ...file }] = (await renderDossierForms(db, record, regimes, [form], [format])) as [
      RenderedDocument,
    ];
    return new FileResponse({ ...file, etag: sha256, inline: query.inline === '1' && format === 'pdf' });
  });

  mountAuthed(router, contracts.createDocumentExport, async ({ actor, body }) =>
    startDocumentExport(db, background.jobs, actor, body),
  );

  mountAuthed(router, contracts.getDocumentExport, async ({ actor, params }) =>
    presentExport(await findOwnExport(db, actor, params.id)),
  );

  mountAuthed(router, contracts.downloadDocumentExport, async ({ actor, params }) => {
    const zip = await ownExportZip(db, actor, params.id);
    return new FileResponse({
      bytes: zip.bytes,
      fileName: await exportZipName(db, zip.request, zip.createdAt),
      mediaType: 'application/zip',
    });
  });

  mountAuthed(router, contracts.getDocumentSettings, async ({ actor, params }) =>
    readDocumentSettings(db, actor, params.id),
  );
  mountAuthed(router, contracts.updateDocumentSettings, async ({ actor, params, body }) =>
    writeDocumentSettings(db, actor, params.id, body),
  );
  mountAuthed(router, listDocumentRegisters, async ({ actor, query }) =>
    listVisibleDocumentRegisters(db, actor, query),
  );

  return router;
}
