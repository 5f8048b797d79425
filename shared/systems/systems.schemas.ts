import { z } from 'zod';
import { versionSchema, idSchema, isoDateSchema, optionalTextSchema, textSchema } from '../common/text.js';
import { cursorPageOf, cursorPageQuerySchema } from '../common/pagination.js';
import { recordCodeSchema } from '../common/record-code.js';
import { organisationRefSchema } from '../organisations/organisations.schemas.js';
import { regimeIdSchema } from '../regimes/regime.schemas.js';
import { redeterminationReasons } from './redetermination.js';

export const systemTypes = ['internal', 'onlineService', 'infrastructure', 'industrialControl', 'other'] as const;
export const systemTypeSchema = z.enum(systemTypes);
export type SystemType = z.infer<typeof systemTypeSchema>;

export const informationTypes = ['public', 'private', 'personal', 'stateSecret'] as const;
export const informationTypeSchema = z.enum(informationTypes);
export type InformationType = z.infer<typeof informationTypeSchema>;

export const systemStatuses = ['planned', 'operating', 'decommissioned'] as const;
export const systemStatusSchema = z.enum(systemStatuses);
export type SystemStatus = z.infer<typeof systemStatusSchema>;

export const levelSchema = z.number().int().min(1).max(5);
export type Level = z.infer<typeof levelSchema>;

const approvalDecisionSchema = z.object({
  number: z.string().describe('e.g. 125/QĐ-STTTT'),
  date: isoDateSchema,
  issuer: z.string(),
});

const countSchema = z.coerce.number().int().min(0).max(1_000_000_000);

/** A web address: a bare host name or an http(s) URL. */
const addressSchema = z
  .string()
  .transform((value) => value.normalize('NFC').trim())
  .pipe(
    z.union([
      z.literal(''),
      z
        .string()
        .max(300)
        .regex(/^(https?:\/\/)?[\p{L}0-9-]+(\.[\p{L}0-9-]+)+(:\d+)?(\/\S*)?$/u, {
          message: 'validation.address',
        }),
    ]),
  );

/** The fields as sent, without defaults: a PATCH must leave what it does not send untouched. */
const systemFieldsBase = z.object({
  name: textSchema(3, 300),
  code: recordCodeSchema.describe("The system's inventory code (mã hệ thống), stored in upper case; '' clears it"),
  ownerOrganisationId: idSchema.describe('The system owner (chủ quản): the operator or one of its ancestors'),
  operatorOrganisationId: idSchema.describe('The operating unit (đơn vị vận hành)'),
  systemType: systemTypeSchema,
  informationTypes: z.array(informationTypeSchema).min(1, { message: 'validation.informationTypes' }),
  internalUserCount: countSchema,
  externalUserCount: countSchema,
  basicDataSubjects: countSchema.describe('People whose basic personal data the system holds'),
  sensitiveDataSubjects: countSchema.describe('People whose sensitive personal data the system holds'),
  description: optionalTextSchema(5000),
  address: addressSchema,
  status: systemStatusSchema,
});

export const systemCreateSchema = systemFieldsBase.extend({
  code: systemFieldsBase.shape.code.optional(),
  internalUserCount: countSchema.default(0),
  externalUserCount: countSchema.default(0),
  basicDataSubjects: countSchema.default(0).describe('People whose basic personal data the system holds'),
  sensitiveDataSubjects: countSchema.default(0).describe('People whose sensitive personal data the system holds'),
  description: optionalTextSchema(5000).default(''),
  address: addressSchema.default(''),
  status: systemStatusSchema.default('operating'),
});

export type SystemCreate = z.infer<typeof systemCreateSchema>;

/** A save carries the version it was based on; a stale one answers 409 and loses nothing. */
export const systemUpdateSchema = systemFieldsBase.partial().extend({ version: versionSchema });
export type SystemUpdate = z.infer<typeof systemUpdateSchema>;

const systemAbilitiesSchema = z.object({ update: z.boolean() });

export const systemSchema = z.object({
  id: idSchema,
  name: z.string(),
  code: z.string().nullable().describe("The system's inventory code (mã hệ thống), upper case"),
  owner: organisationRefSchema,
  operator: organisationRefSchema,
  systemType: systemTypeSchema,
  informationTypes: z.array(informationTypeSchema),
  internalUserCount: z.number().int(),
  externalUserCount: z.number().int(),
  basicDataSubjects: z.number().int(),
  sensitiveDataSubjects: z.number().int(),
  description: z.string(),
  address: z.string(),
  status: systemStatusSchema,
  approvedLevel: levelSchema.nullable(),
  approvalDecision: approvalDecisionSchema.nullable(),
  /** The regime the level was approved under; its cycle gives the next inspection. */
  approvalRegime: regimeIdSchema.nullable(),
  nextInspectionDue: isoDateSchema.nullable(),
  /** Non-empty when level-relevant facts changed after approval: the level must be determined again. */
  redeterminationReasons: z.array(z.enum(redeterminationReasons)),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: systemAbilitiesSchema,
});
export type InformationSystem = z.infer<typeof systemSchema>;

export const systemListQuerySchema = cursorPageQuerySchema.extend({
  q: optionalTextSchema(100).optional().describe('Search in the system name, address and code'),
  organisationId: idSchema.optional().describe("Systems operated anywhere in this organisation's subtree"),
  systemType: systemTypeSchema.optional(),
  status: systemStatusSchema.optional(),
  level: z.enum(['1', '2', '3', '4', '5', 'none']).optional().describe('Approved level, or none'),
});
export type SystemListQuery = z.infer<typeof systemListQuerySchema>;

export const systemPageSchema = cursorPageOf(systemSchema);
