import { z } from 'zod';
import { versionSchema, idSchema, optionalTextSchema, textSchema } from '../common/text.js';
import { cursorPageOf, cursorPageQuerySchema } from '../common/pagination.js';
import { recordCodeSchema } from '../common/record-code.js';

/** Kinds are data on each organisation; the tree may be three tiers (before 1/7/2025) or two. */
export const organisationKinds = [
  'province',
  'department',
  'district',
  'commune',
  'town',
  'ward',
  'publicServiceUnit',
  'other',
] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationRefSchema = z.object({ id: idSchema, name: z.string(), shortName: z.string() });
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

const organisationAbilitiesSchema = z.object({
  update: z.boolean(),
  createChild: z.boolean(),
  createSystem: z.boolean(),
});

export const organisationSchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  kind: organisationKindSchema,
  name: z.string(),
  shortName: z.string().describe('Used in document symbols, e.g. "UBND" in 05/QĐ-UBND'),
  place: z.string().describe('Place name written before dates on documents, e.g. "Yên Định"'),
  code: z.string().nullable().describe('Identifying code (mã định danh), upper case; spreadsheets name the unit by it'),
  depth: z.number().int().min(0),
  childCount: z.number().int().min(0),
  ancestors: z.array(organisationRefSchema).describe('From the root down to the parent; for breadcrumbs'),
  version: z.number().int(),
  abilities: organisationAbilitiesSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

const organisationFields = {
  kind: organisationKindSchema,
  name: textSchema(2, 200),
  shortName: textSchema(1, 30),
  place: textSchema(1, 100),
  code: recordCodeSchema.optional().describe("Identifying code (mã định danh), stored in upper case; '' clears it"),
};

export const organisationCreateSchema = z.object({ parentId: idSchema, ...organisationFields });
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;

export const organisationUpdateSchema = z
  .object({ parentId: idSchema, ...organisationFields })
  .partial()
  .extend({ version: versionSchema });
export type OrganisationUpdate = z.infer<typeof organisationUpdateSchema>;

export const organisationListQuerySchema = cursorPageQuerySchema.extend({
  q: optionalTextSchema(100).optional().describe('Search in name, short name and code'),
  parentId: idSchema.optional().describe('Only the direct children of this organisation'),
  under: idSchema.optional().describe('Only this organisation and its whole subtree'),
  kind: organisationKindSchema.optional(),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

export const organisationPageSchema = cursorPageOf(organisationSchema);
