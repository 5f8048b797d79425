import { z } from 'zod';
import { idSchema, textSchema, versionSchema } from '../common/text.js';
import { dossierStatusSchema } from '../dossiers/dossiers.schemas.js';
import { formKeySchema, formKeys } from '../regimes/regime.schemas.js';
import { signingMarkSchema } from './form-data.schemas.js';

const documentFormats = ['pdf', 'docx'] as const;
export const documentFormatSchema = z.enum(documentFormats);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

export const dossierDocumentSchema = z.object({
  form: formKeySchema,
  title: z.string(),
  /** File name without extension, e.g. "quyet-dinh-phe-duyet-cap-do". */
  fileName: z.string(),
  /** draft: no number yet (a blank before the symbol); issued: numbered and dated. */
  status: z.enum(['draft', 'issued']),
  symbol: z.string().nullable().describe('"05/QĐ-STTTT" once issued'),
  issuedOn: z.iso.date().nullable(),
});
export type DossierDocument = z.infer<typeof dossierDocumentSchema>;
export const dossierDocumentListSchema = z.object({ items: z.array(dossierDocumentSchema) });

/** "approval-decision.pdf": one form in one format. */
const documentFilePattern = new RegExp(`^(${formKeys.join('|')})\\.(pdf|docx)$`);
export const documentFileParamsSchema = z.object({
  id: idSchema,
  file: z.string().regex(documentFilePattern, { message: 'validation.documentFile' }),
});
export const parseDocumentFile = (file: string) => {
  const [, form, format] = documentFilePattern.exec(file)!;
  return { form: formKeySchema.parse(form), format: documentFormatSchema.parse(format) };
};
export const documentDownloadQuerySchema = z.object({
  /** 1: shown in the browser (the preview) instead of downloaded. */
  inline: z.enum(['0', '1']).optional(),
});

export const documentExportCreateSchema = z
  .object({
    dossierIds: z.array(idSchema).min(1).max(500).optional(),
    /** Or every dossier of this subtree (in the caller's scope), optionally with one status. */
    organisationId: idSchema.optional(),
    status: dossierStatusSchema.optional(),
    formats: z.array(documentFormatSchema).min(1).max(2).default(['pdf', 'docx']),
  })
  .refine((value) => value.dossierIds !== undefined || value.organisationId !== undefined, {
    message: 'validation.exportNeedsDossiers',
    path: ['dossierIds'],
  });
export type DocumentExportCreate = z.infer<typeof documentExportCreateSchema>;

export const documentExportSchema = z.object({
  id: idSchema,
  status: z
    .enum(['queued', 'running', 'done', 'failed', 'expired'])
    .describe('expired: done, but its zip was deleted once kept for its time (the download answers 410)'),
  total: z.number().int().describe('Documents to render'),
  done: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable().describe('While done: when its zip will be deleted'),
});
export type DocumentExport = z.infer<typeof documentExportSchema>;

/**
 * Who signs the organisation's documents of each form: the signer's name under the signature block. A form without
 * a name (absent) is signed by the head (headName) when the block is the head's own, else leaves the space blank; an
 * issued approval decision names its approver instead.
 */
export const signerNamesSchema = z.partialRecord(formKeySchema, z.string());
export type SignerNames = z.infer<typeof signerNamesSchema>;

/**
 * The abbreviation of the unit that drafts the organisation's documents, as a letter's symbol carries it after the
 * organisation's ("12/STTTT-PCNTT"): upper-case Latin letters, Đ and digits, typed in any case; '' for none.
 */
const draftingUnitSchema = textSchema(0, 20)
  .overwrite((value) => value.toLocaleUpperCase('vi-VN'))
  // Abbreviations drop the tone marks but keep Đ ("QĐ", "CĐS"); written without \p{} classes so the OpenAPI pattern
  // means the same to every JSON Schema reader.
  .regex(/^[A-Z0-9Đ]*$/, { message: 'validation.draftingUnit' });

/**
 * The act that gives the organisation its functions, as a decision cites it: the document adds "Căn cứ" before it
 * and the punctuation after it, so a trailing ";" or "." typed with it is dropped and a leading "Căn cứ" refused.
 */
const functionsBasisSchema = textSchema(0, 1000)
  .overwrite((value) => value.replace(/[\s;,.]+$/u, ''))
  .refine((value) => !/^căn cứ(\s|$)/iu.test(value), { message: 'validation.functionsBasisLeadingWords' });

export const documentSettingsSchema = z.object({
  organisationId: idSchema,
  headTitle: z.string().describe('The title of the head: "Giám đốc", "Chủ tịch"'),
  headName: z.string().describe("The head's name: who signs a form that names no one else ('' not set)"),
  draftingUnit: z
    .string()
    .describe('The abbreviation of the unit that drafts its documents ("VP", "PCNTT"): letter symbols carry it'),
  functionsBasis: z
    .string()
    .describe('The act that gives it its functions, cited after "Căn cứ" in its decisions (\'\' leaves a blank)'),
  signingMark: signingMarkSchema.describe('TM. (for a collective), KT. (for the head), Q., TL., TUQ. or none'),
  markedAuthority: z.string().describe('What the mark applies to: "Ủy ban nhân dân" after TM., "Giám đốc" after KT.'),
  signerTitle: z.string().describe('The signer\'s title: "Phó Giám đốc"'),
  signerNames: signerNamesSchema.describe("The signer's name by form key; a form not listed has none"),
  version: z.number().int().describe("0 while the defaults of the organisation's kind apply"),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

export const documentSettingsUpdateSchema = z
  .object({
    version: versionSchema.or(z.literal(0)),
    headTitle: textSchema(2, 100),
    signingMark: signingMarkSchema,
    markedAuthority: textSchema(0, 200),
    signerTitle: textSchema(2, 100),
    headName: textSchema(0, 100).optional().describe("The head's name ('' for none); absent keeps it"),
    draftingUnit: draftingUnitSchema.optional().describe("'' for none; absent keeps it"),
    functionsBasis: functionsBasisSchema.optional().describe("'' leaves the blank; absent keeps it"),
    signerNames: z
      .partialRecord(formKeySchema, textSchema(0, 100))
      .optional()
      .describe("The signer's name by form key ('' for none); the whole set replaces the last, absent keeps it"),
  })
  .refine((value) => value.signingMark === '' || value.markedAuthority.length > 0, {
    message: 'validation.markedAuthorityRequired',
    path: ['markedAuthority'],
  });
