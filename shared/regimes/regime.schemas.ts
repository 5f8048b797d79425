import { z } from 'zod';
import { isoDateSchema } from '../common/text.js';

export const regimeIds = ['nd85', 'nd331'] as const;
export const regimeIdSchema = z.enum(regimeIds);
export type RegimeId = z.infer<typeof regimeIdSchema>;

const factSchema = z.string().min(1);

/**
 * A rule's condition as data, so an administrator can correct an unconfirmed rule without a code
 * change. Facts are the keys of LevelAnswers.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; in: Array<string | number | boolean> }
  | { fact: string; includesAny: string[] }
  | { fact: string; only: string[] }
  | { fact: string; gte: number }
  | { fact: string; lt: number };

const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ fact: factSchema, in: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) }).strict(),
    z.object({ fact: factSchema, includesAny: z.array(z.string()).min(1) }).strict(),
    z.object({ fact: factSchema, only: z.array(z.string()).min(1) }).strict(),
    z.object({ fact: factSchema, gte: z.number() }).strict(),
    z.object({ fact: factSchema, lt: z.number() }).strict(),
  ]),
);

export const localisedTextSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type LocalisedText = z.infer<typeof localisedTextSchema>;

export const levelRuleSchema = z.object({
  id: z.string().min(1),
  level: z.number().int().min(1).max(5),
  /** The legal citation, e.g. "Điểm a khoản 2 Điều 8 Nghị định 85/2016/NĐ-CP" */
  citation: localisedTextSchema,
  explanation: localisedTextSchema,
  when: conditionSchema,
});
export type LevelRule = z.infer<typeof levelRuleSchema>;

/** Who appraises and who approves at one level (docs/domain.md#who-appraises-and-approves). */
const levelRoutingSchema = z.object({
  appraisedBy: z.enum(['designatedUnit', 'external']),
  approvedBy: z.enum(['designatedUnit', 'owner']),
  /** Levels 4-5: the designated unit's professional opinion comes before submission. */
  professionalOpinion: z.boolean(),
  /** Level 5: the Prime Minister approves the list; the owner approves the security plan. */
  primeMinisterList: z.boolean(),
});

/**
 * Bounds far past any legal clock or inspection cycle, yet small enough that every date computed from them stays
 * a real date and fits PostgreSQL's integer: a regime with a clock of 2^53 days made every report fail.
 */
const MAX_CLOCK_DAYS = 365;
const MAX_INSPECTION_MONTHS = 120;
const inspectionMonthsSchema = z.number().int().min(1).max(MAX_INSPECTION_MONTHS);

const clockSchema = z.object({ days: z.number().int().min(1).max(MAX_CLOCK_DAYS), workingDays: z.boolean() });

const regimeClocksSchema = z.object({
  completeness: clockSchema,
  appraisal: z.object({ 1: clockSchema, 2: clockSchema, 3: clockSchema, 4: clockSchema, 5: clockSchema }),
  approval: clockSchema,
});

export const formKeys = [
  'submission-appraisal',
  'explanation',
  'appraisal-opinion',
  'submission-approval',
  'approval-decision',
  'form-01',
  'form-02',
  'form-03',
  'form-07',
] as const;
export const formKeySchema = z.enum(formKeys);
export type FormKey = z.infer<typeof formKeySchema>;

/**
 * The parts of a dossier a regime can require before submission: a text of the content (its path),
 * `securityPlan.requirements` (an entry for every requirement group of the regime) or `attachments`.
 */
export const requirableDossierItems = [
  'overview.scope',
  'overview.scale',
  'overview.users',
  'overview.logicalArchitecture',
  'overview.physicalArchitecture',
  'overview.devicesAndApplications',
  'overview.networkZones',
  'design.description',
  'levelExplanation',
  'riskIdentification',
  'securityPlan.parts.designBuild',
  'securityPlan.parts.operation',
  'securityPlan.parts.inspection',
  'securityPlan.parts.riskManagement',
  'securityPlan.parts.monitoring',
  'securityPlan.parts.incidentResponse',
  'securityPlan.parts.endOfLife',
  'securityPlan.requirements',
  'highLevelAnalysis.connectedSystems',
  'highLevelAnalysis.threats',
  'highLevelAnalysis.impact',
  'attachments',
] as const;
export type RequirableDossierItem = (typeof requirableDossierItems)[number];

const requiredDossierItemSchema = z.object({
  item: z.enum(requirableDossierItems),
  /** The proposed levels at which the item is required. */
  levels: z.array(z.number().int().min(1).max(5)).min(1),
});
export type RequiredDossierItem = z.infer<typeof requiredDossierItemSchema>;

export const regimeSchema = z.object({
  id: regimeIdSchema,
  name: localisedTextSchema,
  /** The legal bases cited in documents, in order: law, decree, circular, standard. */
  legalBases: z.array(z.string().min(1)),
  standard: z.string(),
  effectiveFrom: isoDateSchema,
  /** The last day a new dossier may still choose this regime (the transition window), or null. */
  newDossiersUntil: isoDateSchema.nullable(),
  rules: z.array(levelRuleSchema).min(1),
  routing: z.object({
    1: levelRoutingSchema,
    2: levelRoutingSchema,
    3: levelRoutingSchema,
    4: levelRoutingSchema,
    5: levelRoutingSchema,
  }),
  clocks: regimeClocksSchema,
  /** Forms that apply at each level, in the order the dossier produces them. */
  forms: z.object({
    1: z.array(formKeySchema),
    2: z.array(formKeySchema),
    3: z.array(formKeySchema),
    4: z.array(formKeySchema),
    5: z.array(formKeySchema),
  }),
  /** Months between inspections after approval, by level (docs/domain.md#inspections). */
  inspectionMonths: z.object({
    1: inspectionMonthsSchema,
    2: inspectionMonthsSchema,
    3: inspectionMonthsSchema,
    4: inspectionMonthsSchema,
    5: inspectionMonthsSchema,
  }),
  requirementGroups: z.object({
    management: z.array(z.object({ key: z.string(), name: localisedTextSchema })),
    technical: z.array(z.object({ key: z.string(), name: localisedTextSchema })),
  }),
  /**
   * What a dossier must hold before it is submitted (shared/dossiers/dossier-completeness.ts). Absent from a
   * correction saved before it existed: the shipped regime's list applies then.
   */
  requiredForSubmission: z.array(requiredDossierItemSchema).max(100).optional(),
  /** Facts not verified against the official text; shown to administrators as such. */
  unconfirmed: z.array(z.string()),
});
export type Regime = z.infer<typeof regimeSchema>;
