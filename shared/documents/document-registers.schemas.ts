import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, storedIsoDateSchema } from '../common/text.js';
import { organisationRefSchema } from '../organisations/organisations.schemas.js';

/** The years a register may be asked for: those of the days the product accepts (isoDateSchema). */
export const registerYearSchema = z.coerce.number().int().min(1900).max(2199);

export const documentRegisterListQuerySchema = pageQuerySchema.extend({
  organisationId: idSchema
    .optional()
    .describe("The registers of this organisation and of the units under it; default: every one in the caller's scope"),
  year: registerYearSchema.optional().describe('Only the registers of this year (numbering restarts each 1 January)'),
});
export type DocumentRegisterListQuery = z.infer<typeof documentRegisterListQuerySchema>;

/**
 * One register (sổ đăng ký văn bản): an issuing organisation's numbers of one type in one year
 * (docs/domain.md#document-format).
 */
export const documentRegisterSchema = z.object({
  organisation: organisationRefSchema.describe('The issuing organisation'),
  year: z.number().int(),
  typeCode: z.string().describe("QĐ, TTr, BC ...; '' for letters (công văn), numbered 08/STTTT"),
  lastNumber: z
    .number()
    .int()
    .min(0)
    .describe('The last number the register gave; 0 while every number recorded in it was typed by its issuer'),
  issuedCount: z.number().int().min(0).describe('How many documents were numbered in it, typed numbers included'),
  lastIssued: z
    .object({ symbol: z.string().describe('As written after "Số:": 05/QĐ-STTTT'), issuedOn: storedIsoDateSchema })
    .nullable()
    .describe('The document holding the highest number recorded in it; null while it holds none'),
});
export type DocumentRegister = z.infer<typeof documentRegisterSchema>;

export const documentRegisterPageSchema = pageOf(documentRegisterSchema);
