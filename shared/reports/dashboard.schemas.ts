import { z } from 'zod';
import { idSchema, isoDateSchema } from '../common/text.js';
import { dossierStatuses, type DossierStatus } from '../dossiers/dossier-workflow.js';
import { organisationKindSchema } from '../organisations/organisations.schemas.js';

/**
 * What the dashboard needs beyond the compliance report: the same numbers split by the direct
 * children of the organisation (to chart them and drill down), and the approvals month by month.
 */
export const dashboardQuerySchema = z.object({
  organisationId: idSchema.optional().describe("The subtree to show; default: the caller's top organisation"),
  asOf: isoDateSchema
    .optional()
    .describe('Answer as the recorded events stood at the end of this day (default: today)'),
});

const count = z.number().int().min(0);

/** Every status with its count (zero included), so a chart has all its series. */
export const dossiersByStatusSchema = z.object(
  Object.fromEntries(dossierStatuses.map((status) => [status, count])) as Record<DossierStatus, typeof count>,
);
export type DossiersByStatus = z.infer<typeof dossiersByStatusSchema>;

/** The counts of one subtree, defined as in the compliance report. */
export const subtreeCountsSchema = z.object({
  units: count.describe('Units in the subtree, its root included'),
  unitsWithSystems: count,
  unitsAllApproved: count.describe('Units with at least one system, every one of them approved'),
  systems: count.describe('Systems operated in the subtree (decommissioned ones left out)'),
  approvedSystems: count,
  dossiersByStatus: dossiersByStatusSchema,
});
export type SubtreeCounts = z.infer<typeof subtreeCountsSchema>;

export const dashboardChildSchema = subtreeCountsSchema.extend({
  id: idSchema,
  name: z.string(),
  shortName: z.string(),
  kind: organisationKindSchema,
});
export type DashboardChild = z.infer<typeof dashboardChildSchema>;

export const dashboardSchema = z.object({
  organisation: z.object({ id: idSchema, name: z.string(), kind: organisationKindSchema }),
  asOf: isoDateSchema,
  historical: z.boolean(),
  /** The organisations above this one the caller may also open, from the highest down to the parent (breadcrumbs). */
  trail: z.array(z.object({ id: idSchema, name: z.string() })),
  /** The organisation's own systems and dossiers (not its children's). */
  own: subtreeCountsSchema,
  /** Each direct child with the counts of its whole subtree. */
  children: z.array(dashboardChildSchema),
  /**
   * Systems whose approved level in force was decided in each month (by the decision's date), from
   * the month of the first approval to the month of the last; months between without one are listed
   * with 0. Empty when nothing was approved by the day.
   */
  approvalsByMonth: z.array(z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), approvals: count })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
