import { z } from 'zod';
import { idSchema } from '../common/text.js';
import { appraisalConclusionsSchema, documentRefSchema } from '../dossiers/dossier-review.schemas.js';
import { dossierContentSchema, dossierStatusSchema } from '../dossiers/dossiers.schemas.js';
import { regimeIdSchema } from '../regimes/regime.schemas.js';
import { levelSchema } from '../systems/systems.schemas.js';
import { changeOf, nothing, payload } from './audit-payload.js';

/*
 * What a dossier's audit events record, per action: the dossier's own changes (create, update,
 * attach, detach), each workflow step (the status it left and the one it set, with what the step decided)
 * and its replacement by a newer approval. GET /api/dossiers/:id/events answers them in this shape.
 */

const statusOnly = z.strictObject({ status: dossierStatusSchema });

/** The systems a dossier covers, at their proposed level. */
const coveredSystemsSchema = z.array(z.strictObject({ systemId: idSchema, proposedLevel: levelSchema.nullable() }));

const dossierFieldsSchema = z.strictObject({
  title: z.string(),
  regime: regimeIdSchema,
  content: dossierContentSchema,
  proposedLevel: levelSchema.nullable(),
  systems: coveredSystemsSchema,
  /** The officer's confirmation of the level answers: given, or cleared by a change of answers or regime. */
  levelAnswersConfirmed: z.boolean(),
});

/**
 * The status a step set, with what the step decided. The demo's dossiers were loaded with their
 * history already made (drizzle/seed/demo-dossiers.ts): those events record the status alone.
 */
const stepTo = <S extends z.ZodRawShape>(decided: S) =>
  payload(statusOnly, z.union([z.strictObject({ status: dossierStatusSchema, ...decided }), statusOnly]));

const issuerSchema = z.strictObject({ id: idSchema, name: z.string() });

export const dossierEventPayloads = {
  create: payload(
    nothing,
    z.union([
      z.strictObject({
        title: z.string(),
        regime: regimeIdSchema,
        status: z.literal('drafting'),
        proposedLevel: levelSchema.nullable(),
        systems: coveredSystemsSchema,
        basedOnDossierId: idSchema.nullable(),
        levelAnswersConfirmed: z.boolean().optional(),
      }),
      statusOnly,
    ]),
  ),
  update: changeOf(dossierFieldsSchema.shape),
  attach: payload(
    nothing,
    z.strictObject({
      attachmentId: idSchema,
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
    }),
  ),
  /** A file removed while the dossier was being prepared: its name and hash stay in the trail. */
  detach: payload(
    z.strictObject({
      attachmentId: idSchema,
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      sha256: z.string(),
    }),
    nothing,
  ),
  requestOpinion: stepTo({}),
  giveOpinion: stepTo(documentRefSchema.shape),
  /** The submission letter when the unit gave its number. */
  submit: stepTo({ proposedLevel: levelSchema.nullable(), ...documentRefSchema.partial().shape }),
  return: stepTo({}),
  /** The opinion letter's number once the register gave it. */
  appraise: stepTo({ conclusions: appraisalConclusionsSchema, ...documentRefSchema.partial().shape }),
  recordExternalAppraisal: stepTo({ ...documentRefSchema.shape, conclusions: appraisalConclusionsSchema }),
  approve: stepTo({ ...documentRefSchema.shape, issuer: issuerSchema }),
  withdraw: stepTo({}),
  /** A newer approval of the same systems replaced it. */
  supersede: payload(
    z.strictObject({ status: z.literal('approved') }),
    z.strictObject({ status: z.literal('superseded'), supersededBy: idSchema }),
  ),
};
export type DossierEventAction = keyof typeof dossierEventPayloads;

const eventBase = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string().nullable(),
  comment: z.string(),
});
const eventOf = <A extends DossierEventAction>(action: A) =>
  eventBase.extend({
    action: z.literal(action),
    before: dossierEventPayloads[action].before,
    after: dossierEventPayloads[action].after,
  });

/** One event of a dossier's history, its before and after shaped by its action. */
export const dossierEventSchema = z.discriminatedUnion('action', [
  eventOf('create'),
  eventOf('update'),
  eventOf('attach'),
  eventOf('detach'),
  eventOf('requestOpinion'),
  eventOf('giveOpinion'),
  eventOf('submit'),
  eventOf('return'),
  eventOf('appraise'),
  eventOf('recordExternalAppraisal'),
  eventOf('approve'),
  eventOf('withdraw'),
  eventOf('supersede'),
]);
export type DossierEvent = z.infer<typeof dossierEventSchema>;
export const dossierEventListSchema = z.object({ items: z.array(dossierEventSchema) });
