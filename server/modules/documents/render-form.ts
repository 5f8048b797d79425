import type { DocumentFormat } from '#shared/documents/documents.schemas.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { DocumentModel } from '#templates/document-model.js';
import { formDefinition } from '#templates/forms/index.js';
import { asciiSlug } from '#shared/common/search-text.js';
import { runInPool } from '../../rendering/document-pool.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { buildFormData, type FormSources } from './build-form-data.js';

const mediaTypes: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const mediaTypeOf = (format: DocumentFormat): string => mediaTypes[format];

export interface RenderedDocument {
  bytes: Buffer;
  /** An issued document's SHA-256, as kept (keep-issued-file.ts): its download's ETag. None for a draft. */
  sha256?: string;
  /** ASCII, e.g. "quyet-dinh-phe-duyet-cap-do.pdf". */
  fileName: string;
  mediaType: string;
}

/** "quyet-dinh-phe-duyet-cap-do-an-toan-he-thong-thong-tin": the form's title, as a file name. */
const formFileName = (form: FormKey) => asciiSlug(formDefinition(form).title);

/** The model of one form of the dossier; a draft's blank date shows the current year. */
export function formModel(form: FormKey, sources: FormSources): DocumentModel {
  const definition = formDefinition(form);
  const data = definition.schema.parse(buildFormData(form, sources));
  return { ...definition.template(data, Number(todayInVietnam().slice(0, 4))), fileName: formFileName(form) };
}

/** Rendered on a thread of the document pool, off the event loop (docs/document-pool.md). */
export async function renderModel(model: DocumentModel, format: DocumentFormat): Promise<RenderedDocument> {
  const bytes = await runInPool({ kind: format, model });
  return { bytes, fileName: `${model.fileName}.${format}`, mediaType: mediaTypes[format] };
}
