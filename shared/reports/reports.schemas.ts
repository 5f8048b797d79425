import { z } from 'zod';
import { idSchema, isoDateSchema } from '../common/text.js';
import { dossierStatusSchema } from '../dossiers/dossiers.schemas.js';
import { organisationKindSchema } from '../organisations/organisations.schemas.js';
import { regimeIdSchema } from '../regimes/regime.schemas.js';
import { redeterminationReasons } from '../systems/redetermination.js';
import { levelSchema } from '../systems/systems.schemas.js';

/**
 * The files a report comes in: the data (JSON), tables (CSV, XLSX) and,
 * for the compliance report, the official document (PDF, DOCX).
 */
const reportFormats = ['json', 'csv', 'xlsx'] as const;
export const reportFormatSchema = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof reportFormatSchema>;
const complianceFormats = [...reportFormats, 'pdf', 'docx'] as const;
const complianceFormatSchema = z.enum(complianceFormats);

/**
 * Lists in a report (pending, overdue, inspections, re-determination) carry at most this many rows, with their full
 * total.
 */
export const REPORT_LIST_LIMIT = 1000;
/** Inspections falling due within this many days of the report date are listed. */
export const INSPECTION_WINDOW_DAYS = 90;

export const complianceQuerySchema = z.object({
  organisationId: idSchema.optional().describe("The subtree to report on; default: the caller's top organisation"),
  asOf: isoDateSchema
    .optional()
    .describe('Answer as the recorded events stood at the end of this day (default: today)'),
  format: complianceFormatSchema.default('json'),
});

export const annualQuerySchema = z.object({
  organisationId: idSchema.optional().describe("The subtree to report on; default: the caller's top organisation"),
  year: z.coerce
    .number()
    .int()
    .min(2016)
    .max(2100)
    .describe('nd331: the period 15/12 of the previous year to 14/12 of this year'),
  regime: regimeIdSchema.describe('nd331: form 08 (12 columns); nd85: the yearly report of level 3-5 systems'),
  format: reportFormatSchema.default('json'),
});

const reportOrganisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  shortName: z.string(),
  kind: organisationKindSchema,
});
const unitRefSchema = z.object({ id: idSchema, name: z.string(), kind: organisationKindSchema });

/** Where each unit stands: every system approved, or the furthest any of its dossiers got. */
const unitStates = ['approved', 'awaiting', 'returned', 'preparing', 'notStarted', 'withoutSystems'] as const;
export const unitStateSchema = z.enum(unitStates);
export type UnitState = z.infer<typeof unitStateSchema>;

export const unitsByKindRowSchema = z.object({
  kind: organisationKindSchema,
  units: z.number().int(),
  withSystems: z.number().int(),
  /** Units with at least one system, every one of them approved. */
  allApproved: z.number().int(),
  awaiting: z.number().int().describe('Sent (submitted or appraised) and waiting for approval'),
  returned: z.number().int(),
  preparing: z.number().int().describe('Drafting, or waiting for a professional opinion'),
  notStarted: z.number().int(),
  withoutSystems: z.number().int(),
});
export type UnitsByKindRow = z.infer<typeof unitsByKindRowSchema>;

/** A few named units per kind and state, for the narrative (nothing outside the subtree). */
const namedUnitsSchema = z.object({
  kind: organisationKindSchema,
  state: unitStateSchema,
  total: z.number().int(),
  names: z.array(z.string()),
});

export const pendingDossierSchema = z.object({
  dossierId: idSchema,
  title: z.string(),
  unit: unitRefSchema,
  status: dossierStatusSchema,
  proposedLevel: levelSchema.nullable(),
  stepStartedOn: isoDateSchema.nullable(),
  stepDueOn: isoDateSchema.nullable(),
  waitingWorkingDays: z.number().int().nullable(),
  overdue: z.boolean(),
});
export type PendingDossier = z.infer<typeof pendingDossierSchema>;

const inspectionDueSchema = z.object({
  systemId: idSchema,
  name: z.string(),
  unit: unitRefSchema,
  approvedLevel: levelSchema,
  regime: regimeIdSchema,
  approvedOn: isoDateSchema,
  dueOn: isoDateSchema,
});

const redeterminationItemSchema = z.object({
  systemId: idSchema,
  name: z.string(),
  unit: unitRefSchema,
  approvedLevel: levelSchema.nullable(),
  reasons: z.array(z.enum(redeterminationReasons)),
});

const listOf = <T extends z.ZodType>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });

/** A report due to a higher body: the last day it may be sent ("before" = on or before the day before). */
export const reportDueDateSchema = z.object({
  key: z.enum(['nd331Internal', 'nd331Ministry', 'nd85Yearly']),
  regime: regimeIdSchema,
  before: isoDateSchema,
  label: z.string(),
});
export type ReportDueDate = z.infer<typeof reportDueDateSchema>;

export const complianceReportSchema = z.object({
  organisation: reportOrganisationSchema,
  asOf: isoDateSchema,
  /** True when answered from the recorded events of a past day rather than the records as they stand. */
  historical: z.boolean(),
  generatedAt: z.iso.datetime(),
  narrative: z.array(z.string()),
  totals: z.object({
    units: z.number().int(),
    unitsWithSystems: z.number().int(),
    unitsAllApproved: z.number().int(),
    unitsWithoutSystems: z.number().int(),
    systems: z.number().int(),
    approvedSystems: z.number().int(),
    dossiers: z.number().int(),
  }),
  /** Every unit of the subtree, the organisation itself included. */
  unitsByKind: z.array(unitsByKindRowSchema),
  /** The organisation's own systems (the narrative speaks of it apart from the units under it). */
  ownUnit: z.object({ state: unitStateSchema, systems: z.number().int(), approvedSystems: z.number().int() }),
  /** Units under the organisation (not itself), named by kind and state. */
  namedUnits: z.array(namedUnitsSchema),
  systemsByLevel: z.array(z.object({ level: levelSchema.nullable(), systems: z.number().int() })),
  dossiersByStatus: z.array(z.object({ status: dossierStatusSchema, dossiers: z.number().int() })),
  pending: listOf(pendingDossierSchema),
  overdue: listOf(pendingDossierSchema),
  inspectionsDue: listOf(inspectionDueSchema).extend({ withinDays: z.number().int() }),
  redetermination: listOf(redeterminationItemSchema),
  upcomingReports: z.array(reportDueDateSchema),
  listLimit: z.number().int(),
});
export type ComplianceReport = z.infer<typeof complianceReportSchema>;

/** nd331 form 08 counts exactly these four; systems with no dossier yet are shown apart. */
export const annualStatuses = ['drafting', 'submitted', 'appraised', 'approved', 'notStarted'] as const;
export const annualStatusSchema = z.enum(annualStatuses);
export type AnnualStatus = z.infer<typeof annualStatusSchema>;
const planStatusSchema = z.enum(['not', 'partly', 'fully']);

export const annualRowSchema = z.object({
  no: z.number().int(),
  systemId: idSchema,
  system: z.string(),
  owner: z.string(),
  operator: z.string(),
  proposedLevel: levelSchema.nullable(),
  approvedLevel: levelSchema.nullable(),
  approvalStatus: annualStatusSchema,
  approvalDecision: z.object({ number: z.string(), date: isoDateSchema.nullable() }).nullable(),
  /** The unit's security regulation decision: not recorded by the product yet (left for the unit to fill). */
  regulationDecision: z.string().nullable(),
  expectedApprovalDate: isoDateSchema.nullable(),
  planStatus: planStatusSchema.nullable(),
  expectedFullImplementationDate: isoDateSchema.nullable(),
  assessment: z.enum(['beforeUse', 'periodic']),
  nextAssessmentDue: isoDateSchema.nullable(),
  redeterminationReasons: z.array(z.enum(redeterminationReasons)),
});
export type AnnualRow = z.infer<typeof annualRowSchema>;

export const annualReportSchema = z.object({
  organisation: reportOrganisationSchema,
  regime: regimeIdSchema,
  year: z.number().int(),
  period: z.object({ from: isoDateSchema, to: isoDateSchema }),
  /** The day the data stands at: the period's end, or today while the period runs. */
  asOf: isoDateSchema,
  generatedAt: z.iso.datetime(),
  dueDates: z.array(reportDueDateSchema),
  summary: z
    .object(Object.fromEntries(annualStatuses.map((s) => [s, z.number().int()])) as Record<AnnualStatus, z.ZodNumber>)
    .extend({
      total: z.number().int(),
    }),
  narrative: z.array(z.string()),
  rows: z.array(annualRowSchema),
  /**
   * The audit trail's head when the report was generated: printed on the report, one more record of the
   * chain's state kept outside the database (server/modules/audit/audit-anchors.ts). Null while it is empty.
   */
  auditHead: z.object({ lastId: z.number().int(), lastHash: z.string(), count: z.number().int() }).nullable(),
});
export type AnnualReport = z.infer<typeof annualReportSchema>;
