import { z } from 'zod';
import { idSchema, storedIsoDateSchema } from '../common/text.js';

/*
 * The reviewers' records of a dossier (the `review` column): what each workflow step recorded
 * (server/modules/dossiers/plan-transition.ts writes them), read back by the documents, the
 * dossier page and the separation of duties. A stored value that does not match is refused on
 * read with an error naming the dossier, never shown or printed half-understood.
 */

/** One appraisal conclusion: phù hợp / không phù hợp. */
const conclusionSchema = z.enum(['suitable', 'unsuitable']);

/** The three conclusions of an appraisal: the proposed level, the design plan, the operation plan. */
export const appraisalConclusionsSchema = z.object({
  level: conclusionSchema,
  designPlan: conclusionSchema,
  operationPlan: conclusionSchema,
});
export type AppraisalConclusions = z.infer<typeof appraisalConclusionsSchema>;

/**
 * A numbered document: a letter, an opinion, a decision (số ký hiệu and ngày ban hành), as recorded; its
 * date was judged when it entered (transition-body.schemas.ts), and is read back by its format only.
 */
export const documentRefSchema = z.object({ documentNumber: z.string().min(1), documentDate: storedIsoDateSchema });

/** Who recorded it and when: every record a step writes carries it. */
const actedSchema = z.object({ by: idSchema, byName: z.string(), at: z.iso.datetime() });

const commentSchema = z.string();

/** requestOpinion: the appraiser asks a professional body for its opinion. */
const opinionRequestSchema = actedSchema.extend({ comment: commentSchema });

/** giveOpinion: the professional opinion received, with its letter. */
const professionalOpinionSchema = actedSchema.extend(documentRefSchema.shape).extend({ comment: commentSchema });

/**
 * submit: the unit's own submission letter (Tờ trình), when its number was given. The demo's
 * letters were loaded with the dossiers, outside the workflow, so they name nobody.
 */
const submissionSchema = documentRefSchema.extend(actedSchema.partial().shape);

/** A request for revision: a return, or an appraisal that found something not suitable. */
const returnRecordSchema = z.discriminatedUnion('kind', [
  actedSchema.extend({ kind: z.literal('return'), comment: commentSchema }),
  actedSchema.extend({
    kind: z.literal('unsuitable'),
    conclusions: appraisalConclusionsSchema,
    comment: commentSchema,
  }),
]);
export type ReturnRecord = z.infer<typeof returnRecordSchema>;

/** appraise: the designated unit's conclusions; `document` is its opinion letter once numbered. */
const appraisalSchema = actedSchema.extend({
  conclusions: appraisalConclusionsSchema,
  comment: commentSchema,
  document: documentRefSchema.optional(),
});

/** recordExternalAppraisal: an appraisal made outside the product, with its letter and scan. */
const externalAppraisalSchema = actedSchema.extend(documentRefSchema.shape).extend({
  conclusions: appraisalConclusionsSchema,
  attachmentId: idSchema.nullable(),
  comment: commentSchema,
});

/** approve: the approval decision (its number is the register's when none was typed). */
const decisionSchema = actedSchema.extend(documentRefSchema.shape).extend({
  issuer: z.object({ id: idSchema, name: z.string() }),
  comment: commentSchema,
});

/** withdraw: the unit took its dossier back. */
const withdrawalSchema = actedSchema.extend({ comment: commentSchema });

export const dossierReviewSchema = z.object({
  opinionRequest: opinionRequestSchema.optional(),
  professionalOpinion: professionalOpinionSchema.optional(),
  /** Everyone who ever submitted it: none of them may review it. */
  submitters: z.array(idSchema).optional(),
  submission: submissionSchema.optional(),
  /** Every request for revision, oldest first: the unit sees the whole history. */
  returns: z.array(returnRecordSchema).optional(),
  appraisal: appraisalSchema.optional(),
  externalAppraisal: externalAppraisalSchema.optional(),
  decision: decisionSchema.optional(),
  withdrawal: withdrawalSchema.optional(),
});
export type DossierReview = z.infer<typeof dossierReviewSchema>;
