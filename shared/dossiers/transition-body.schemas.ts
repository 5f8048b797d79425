import { z } from 'zod';
import { todayInVietnam } from '../calendar/today-in-vietnam.js';
import { idSchema, isoDateSchema, nfc, optionalTextSchema, textSchema, versionSchema } from '../common/text.js';
import { appraisalConclusionsSchema, type AppraisalConclusions } from './dossier-review.schemas.js';
import type { DossierAction } from './dossier-workflow.js';

/**
 * The body of POST /api/dossiers/:id/transitions, one contract per workflow action. Everything an
 * action needs that can be judged from the body alone is stated here, once: the server validates
 * with it (400 naming each field), the OpenAPI document shows one schema per action, and the web
 * form validates and sends with it. What needs the database or the dossier (levels determined,
 * the attachment belongs to the dossier, who issues the decision) stays in the server's
 * plan-transition.ts.
 */

/** The three conclusions of an appraisal, as recorded in the review; nothing else may come with them. */
const conclusions = z.strictObject(appraisalConclusionsSchema.shape);

/** Text a person must give; missing or blank answers `reason` (a catalogue key). */
const requiredText = (max: number, reason: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? reason : undefined) })
    .transform((value) => nfc(value).trim())
    .pipe(z.string().min(1, { error: reason }).max(max));

const comment = optionalTextSchema(5000).optional();
const commentUnlessUnsuitable = comment.describe('Required when any conclusion is unsuitable: the reasons');

const documentNumber = textSchema(1, 60);
/** An optional number: empty means none (approve: the next number of the issuing body's register). */
const optionalDocumentNumber = optionalTextSchema(60)
  .optional()
  .transform((value) => value || undefined);

/** A document's date: never after today in Vietnam (read at validation time). */
const documentDate = isoDateSchema
  .pipe(z.string().refine((date) => date <= todayInVietnam(), { error: 'validation.dateInFuture' }))
  .describe('YYYY-MM-DD, not after today (Vietnam time)');

/** The fields every action carries: which one, and the version of the dossier it was based on. */
const envelope = <A extends DossierAction>(action: A) => ({ action: z.literal(action), version: versionSchema });

/** Any "không phù hợp" sends the dossier back, so the operator must be told why. */
function unsuitableNeedsReasons(
  body: { conclusions?: AppraisalConclusions; comment?: string },
  context: z.RefinementCtx,
) {
  const unsuitable = Object.values(body.conclusions ?? {}).includes('unsuitable');
  if (unsuitable && !body.comment)
    context.addIssue({ code: 'custom', path: ['comment'], message: 'validation.unsuitableReasonsRequired' });
}

/** One schema per action; a new action fails to compile until it has one here. */
export const transitionBodySchemas = {
  requestOpinion: z.strictObject({ ...envelope('requestOpinion'), comment }),
  giveOpinion: z.strictObject({ ...envelope('giveOpinion'), documentNumber, documentDate, comment }),
  /** The unit's own submission letter (tờ trình), when it has its number; its date defaults to today. */
  submit: z.strictObject({
    ...envelope('submit'),
    documentNumber: optionalDocumentNumber.describe("The unit's submission letter, if it has its number"),
    documentDate: documentDate
      .optional()
      .describe("The letter's date (YYYY-MM-DD, not after today); today when left out"),
    comment,
  }),
  return: z.strictObject({
    ...envelope('return'),
    comment: requiredText(5000, 'validation.returnReasonsRequired').describe('The reasons: what to complete'),
  }),
  appraise: z
    .strictObject({ ...envelope('appraise'), conclusions, comment: commentUnlessUnsuitable })
    .superRefine(unsuitableNeedsReasons),
  /** Levels 4-5: the competent body's appraisal letter, optionally with its scan attached to the dossier. */
  recordExternalAppraisal: z
    .strictObject({
      ...envelope('recordExternalAppraisal'),
      documentNumber,
      documentDate,
      conclusions,
      attachmentId: idSchema.optional().describe("A file attached to this dossier: the letter's scan"),
      comment: commentUnlessUnsuitable,
    })
    .superRefine(unsuitableNeedsReasons),
  /** The decision: its date; its number, or none for the next one of the approving body's register. */
  approve: z.strictObject({
    ...envelope('approve'),
    documentNumber: optionalDocumentNumber.describe(
      "Empty or absent: the next number of the approving body's register",
    ),
    documentDate,
    comment,
  }),
  withdraw: z.strictObject({ ...envelope('withdraw'), comment }),
} satisfies Record<DossierAction, z.ZodObject>;

export const transitionBodySchema = z
  .discriminatedUnion(
    'action',
    [
      transitionBodySchemas.requestOpinion,
      transitionBodySchemas.giveOpinion,
      transitionBodySchemas.submit,
      transitionBodySchemas.return,
      transitionBodySchemas.appraise,
      transitionBodySchemas.recordExternalAppraisal,
      transitionBodySchemas.approve,
      transitionBodySchemas.withdraw,
    ],
    {
      // An unknown or missing action: say so in the catalogue's words, not Zod's.
      error: (issue) => (issue.code === 'invalid_union' ? { message: 'validation.invalidOption' } : undefined),
    },
  )
  .meta({ title: 'TransitionBody' });
export type TransitionBody = z.output<typeof transitionBodySchema>;
/** The body of one action, as the server receives it after validation. */
export type TransitionBodyOf<A extends DossierAction> = Extract<TransitionBody, { action: A }>;

/** The fields beyond action and version that a body may carry. */
export const transitionFields = ['conclusions', 'documentNumber', 'documentDate', 'attachmentId', 'comment'] as const;
export type TransitionField = (typeof transitionFields)[number];
export type FieldNeed = 'absent' | 'optional' | 'required';

/**
 * What an action's contract asks of each field, read from its schema: absent, optional or
 * required on its own (a rule across fields, such as "unsuitable needs the reasons", is not).
 */
export function transitionFieldNeeds(action: DossierAction): Record<TransitionField, FieldNeed> {
  const shape: Partial<Record<TransitionField, z.ZodType>> = transitionBodySchemas[action].shape;
  const need = (field: TransitionField): FieldNeed => {
    const schema = shape[field];
    if (!schema) return 'absent';
    return schema.safeParse(undefined).success ? 'optional' : 'required';
  };
  return Object.fromEntries(transitionFields.map((field) => [field, need(field)])) as Record<
    TransitionField,
    FieldNeed
  >;
}
