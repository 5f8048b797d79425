import { z } from 'zod';
import { idSchema, storedIsoDateSchema } from '../common/text.js';
import { regimeIdSchema } from '../regimes/regime.schemas.js';
import { redeterminationReasonsSchema } from '../systems/redetermination.js';
import { levelSchema, systemSchema } from '../systems/systems.schemas.js';
import { changeOf, nothing, payload } from './audit-payload.js';

/** A system's fields as stored: what was once accepted is not judged again by today's input rules. */
const systemFieldsSchema = systemSchema
  .pick({
    name: true,
    systemType: true,
    informationTypes: true,
    internalUserCount: true,
    externalUserCount: true,
    basicDataSubjects: true,
    sensitiveDataSubjects: true,
    description: true,
    address: true,
    status: true,
  })
  // The inventory code is set by a spreadsheet import; absent from older events.
  .extend({ ownerOrganisationId: idSchema, operatorOrganisationId: idSchema, code: z.string().nullable().optional() })
  .strict();

/** The approved level and its decision, as an approval sets them (server/modules/dossiers/apply-approval.ts). */
const approvalShape = {
  approvedLevel: levelSchema.nullable(),
  approvalDecisionNumber: z.string().nullable(),
  approvalDecisionDate: storedIsoDateSchema.nullable(),
  approvalDecisionIssuer: z.string().nullable(),
  approvalRegime: regimeIdSchema.nullable(),
  redeterminationReasons: redeterminationReasonsSchema,
};

/**
 * What a system's audit events record. An update that makes the approved level due for
 * re-determination says why in the event's own redetermination_reasons column, not here.
 */
export const systemEventPayloads = {
  create: payload(nothing, systemFieldsSchema),
  update: changeOf(systemFieldsSchema.shape),
  approveLevel: payload(z.strictObject(approvalShape), z.strictObject({ ...approvalShape, dossierId: idSchema })),
};
