import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/pagination.js';
import { idSchema, isoDateSchema, optionalTextSchema, storedIsoDateSchema, versionSchema } from '../common/text.js';
import {
  organisationKindSchema,
  organisationRefSchema,
  type OrganisationKind,
} from '../organisations/organisations.schemas.js';

/**
 * The units that must have exactly one designated security unit (đơn vị chuyên trách) on any day:
 * the commune level, whatever it is called (xã, phường, thị trấn).
 */
export const communeLevelKinds = ['commune', 'ward', 'town'] as const satisfies readonly OrganisationKind[];

export const designationSchema = z.object({
  id: idSchema,
  designatedOrganisation: organisationRefSchema.describe('The body acting as designated security unit'),
  subtreeRoot: organisationRefSchema.describe('The organisation whose whole subtree it reviews'),
  validFrom: storedIsoDateSchema,
  validTo: storedIsoDateSchema.nullable().describe('The last day it applies (inclusive); null while open-ended'),
  note: z.string(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Designation = z.infer<typeof designationSchema>;

const designationFields = {
  designatedOrganisationId: idSchema,
  subtreeRootId: idSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable().describe('The last day it applies (inclusive); null while open-ended'),
  note: optionalTextSchema(1000),
};

/** The end may not precede the start (checked again on the merged record when only one of them changes). */
const endsAfterStart = (value: { validFrom?: string; validTo?: string | null }) =>
  !value.validFrom || !value.validTo || value.validTo >= value.validFrom;
const endsAfterStartRule = { path: ['validTo'], message: 'validation.designationEndsBeforeStart' };

export const designationCreateSchema = z
  .object({
    ...designationFields,
    validTo: designationFields.validTo.default(null),
    note: designationFields.note.default(''),
  })
  .refine(endsAfterStart, endsAfterStartRule);
export type DesignationCreate = z.infer<typeof designationCreateSchema>;

export const designationUpdateSchema = z
  .object(designationFields)
  .partial()
  .extend({ version: versionSchema })
  .refine(endsAfterStart, endsAfterStartRule);
export type DesignationUpdate = z.infer<typeof designationUpdateSchema>;

export const designationDeleteQuerySchema = z.object({
  version: z.coerce.number().pipe(versionSchema).describe('The version the deletion was based on'),
});

export const designationListQuerySchema = pageQuerySchema.extend({
  asOf: isoDateSchema.optional().describe('Only the designations in force on this day'),
  subtreeRootId: idSchema.optional().describe('Only the designations for this subtree'),
  designatedOrganisationId: idSchema.optional().describe('Only the designations of this body'),
});
export type DesignationListQuery = z.infer<typeof designationListQuerySchema>;

export const designationPageSchema = pageOf(designationSchema);

export const designationCoverageQuerySchema = z.object({
  asOf: isoDateSchema.optional().describe('The day to check; today in Vietnam by default'),
  rootId: idSchema.optional().describe("The province (or any subtree) to check; the caller's top unit by default"),
});
export type DesignationCoverageQuery = z.infer<typeof designationCoverageQuerySchema>;

const coveredUnitSchema = organisationRefSchema.extend({
  kind: organisationKindSchema,
  designationIds: z.array(idSchema).describe('The designations in force that day whose subtree holds the unit'),
});

export const designationCoverageSchema = z.object({
  asOf: storedIsoDateSchema,
  root: organisationRefSchema,
  complete: z.boolean().describe('Every commune-level unit under the root has exactly one designation that day'),
  units: z.array(coveredUnitSchema).describe('Every commune-level unit (commune, ward, town) under the root'),
  gaps: z.array(coveredUnitSchema).describe('The units no designation covers that day'),
  overlaps: z.array(coveredUnitSchema).describe('The units two or more designations cover that day'),
});
export type DesignationCoverage = z.infer<typeof designationCoverageSchema>;
