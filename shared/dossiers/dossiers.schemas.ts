import { z } from 'zod';
import { versionSchema, idSchema, isoDateSchema, optionalTextSchema, textSchema } from '../common/text.js';
import { cursorPageOf, cursorPageQuerySchema } from '../common/pagination.js';
import { organisationRefSchema } from '../organisations/organisations.schemas.js';
import { levelSchema } from '../systems/systems.schemas.js';
import { levelAnswersSchema } from '../level-assessments/level-answers.schemas.js';
import { localisedTextSchema, regimeIdSchema } from '../regimes/regime.schemas.js';
import { dossierCompletenessSchema } from './dossier-completeness.schemas.js';
import { dossierReviewSchema } from './dossier-review.schemas.js';
import { dossierActions, dossierStatuses } from './dossier-workflow.js';

export const dossierStatusSchema = z.enum(dossierStatuses);

const longText = optionalTextSchema(20_000).default('');

/** Part 1: overview of the system(s). */
const overviewSchema = z.object({
  scope: longText,
  scale: longText,
  users: longText,
  logicalArchitecture: longText,
  physicalArchitecture: longText,
  devicesAndApplications: longText,
  networkZones: longText,
});

/** Part 2: the design document. */
const designSchema = z.object({
  kind: z.enum(['preliminary', 'construction', 'equivalent']).default('equivalent'),
  description: longText,
});

export const implementationStatuses = ['not', 'partly', 'fully'] as const;
export const implementationStatusSchema = z.enum(implementationStatuses);

const requirementStatusSchema = z.object({
  groupKey: z.string().min(1).max(60),
  status: implementationStatusSchema.default('not'),
  note: optionalTextSchema(2000).default(''),
});

/** The seven parts of the security plan (docs/domain.md#dossier-contents). */
export const securityPlanParts = [
  'designBuild',
  'operation',
  'inspection',
  'riskManagement',
  'monitoring',
  'incidentResponse',
  'endOfLife',
] as const;

const securityPlanSchema = z.object({
  parts: z.object(
    Object.fromEntries(securityPlanParts.map((part) => [part, longText])) as Record<
      (typeof securityPlanParts)[number],
      typeof longText
    >,
  ),
  requirements: z.array(requirementStatusSchema).max(100).default([]),
});

/** Part 5, levels 4-5: connected systems, threats and impact. */
const highLevelAnalysisSchema = z.object({
  connectedSystems: longText,
  threats: longText,
  impact: longText,
});

export const dossierContentSchema = z.object({
  overview: overviewSchema.prefault({}),
  design: designSchema.prefault({}),
  /** Part 3: the explanation in the unit's words; the matched rules come from each system's assessment. */
  levelExplanation: longText,
  /** nd331: preliminary risk identification. */
  riskIdentification: longText,
  securityPlan: securityPlanSchema.prefault({ parts: {} }),
  highLevelAnalysis: highLevelAnalysisSchema.prefault({}),
});
export type DossierContent = z.infer<typeof dossierContentSchema>;

export const matchedRuleSchema = z.object({
  ruleId: z.string(),
  level: levelSchema,
  citation: localisedTextSchema,
  explanation: localisedTextSchema,
});

export const assessmentSchema = z.object({
  answers: levelAnswersSchema,
  level: levelSchema.nullable(),
  matchedRules: z.array(matchedRuleSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

const dossierSystemInputSchema = z.object({
  systemId: idSchema,
  /** The answers for level determination; the server computes the level and the matched rules. */
  answers: levelAnswersSchema.optional(),
});

/** The officer read the level questions and confirms these answers (submit needs a confirmation). */
const confirmLevelAnswersSchema = z
  .boolean()
  .optional()
  .describe(
    'true: the officer confirms the answers sent (or stored); answers changed without it need confirming again',
  );

export const dossierCreateSchema = z.object({
  title: textSchema(3, 300),
  operatorOrganisationId: idSchema,
  regime: regimeIdSchema.optional().describe('Defaults by date: nd331 from 19/8/2026'),
  systems: z.array(dossierSystemInputSchema).min(1).max(50),
  content: dossierContentSchema.prefault({}),
  basedOnDossierId: idSchema.optional().describe('Start from a previous dossier: its content is copied'),
  confirmLevelAnswers: confirmLevelAnswersSchema,
});
export type DossierCreate = z.infer<typeof dossierCreateSchema>;

export const dossierUpdateSchema = z.object({
  version: versionSchema,
  title: textSchema(3, 300).optional(),
  regime: regimeIdSchema.optional(),
  systems: z.array(dossierSystemInputSchema).min(1).max(50).optional(),
  content: dossierContentSchema.optional(),
  confirmLevelAnswers: confirmLevelAnswersSchema,
});
export type DossierUpdate = z.infer<typeof dossierUpdateSchema>;

// The body of a workflow transition, one schema per action: transition-body.schemas.ts.

export const dossierAbilitiesSchema = z.object(
  Object.fromEntries(['update', ...dossierActions].map((key) => [key, z.boolean()])) as Record<
    'update' | (typeof dossierActions)[number],
    z.ZodBoolean
  >,
);

const dossierSystemSchema = z.object({
  systemId: idSchema,
  name: z.string(),
  proposedLevel: levelSchema.nullable(),
  assessment: assessmentSchema.nullable(),
});

export const dossierSchema = z.object({
  id: idSchema,
  title: z.string(),
  regime: regimeIdSchema,
  operator: organisationRefSchema,
  status: dossierStatusSchema,
  proposedLevel: levelSchema.nullable(),
  systems: z.array(dossierSystemSchema),
  content: dossierContentSchema,
  review: dossierReviewSchema,
  stepStartedOn: isoDateSchema.nullable(),
  stepDueOn: isoDateSchema.nullable(),
  overdue: z.boolean(),
  approvalDecision: z.object({ number: z.string(), date: isoDateSchema }).nullable(),
  /** When the officer confirmed the answers to the level questions; null until then (submit needs it). */
  levelAnswersConfirmedAt: z.iso.datetime().nullable(),
  /** The required parts still missing; submit is refused until none is (full record only). */
  completeness: dossierCompletenessSchema,
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  abilities: dossierAbilitiesSchema,
});
export type Dossier = z.infer<typeof dossierSchema>;

export const dossierListQuerySchema = cursorPageQuerySchema.extend({
  q: optionalTextSchema(100).optional(),
  organisationId: idSchema.optional(),
  systemId: idSchema.optional().describe('Only dossiers covering this system'),
  status: dossierStatusSchema.optional(),
  regime: regimeIdSchema.optional(),
});
export const dossierSummarySchema = dossierSchema.omit({ content: true, review: true, completeness: true });
export const dossierPageSchema = cursorPageOf(dossierSummarySchema);

export const snapshotSchema = z.object({
  id: idSchema,
  kind: z.enum(['submission', 'approval']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable().describe('Full name of the person whose action froze it'),
  /** The frozen dossier: title, regime, systems with their assessments, content. */
  content: z.record(z.string(), z.unknown()),
});
export const snapshotListSchema = z.object({ items: z.array(snapshotSchema) });

// A dossier's audit events, their before and after shaped per action: shared/audit/dossier-events.schemas.ts.

export const attachmentSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.iso.datetime(),
});
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });
export const attachmentUploadQuerySchema = z.object({ fileName: textSchema(1, 200) });
export const attachmentParamsSchema = z.object({ id: idSchema, attachmentId: idSchema });

export const inboxItemSchema = dossierSummarySchema.extend({
  /** Working days left before the step is due; negative when overdue. */
  daysLeft: z.number().int().nullable(),
});
export const inboxSchema = z.object({ items: z.array(inboxItemSchema), total: z.number().int() });
