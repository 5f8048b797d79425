import { sql, type SQL } from 'drizzle-orm';

/**
 * The moment a report answers for. Today it reads the records as they stand; a past day replays
 * the audit trail up to the end of that day in Vietnam (events strictly before `bound`).
 */
export interface ReportMoment {
  asOf: string;
  historical: boolean;
  /** The first instant after `asOf` in Vietnam (UTC+7), as an ISO timestamp. */
  bound: string;
}

/** The day an event happened in Vietnam (UTC+7, no daylight saving). */
export const vietnamDay = (column: SQL) => sql`((${column} at time zone 'UTC') + interval '7 hours')::date`;

/**
 * Units of the subtree: one indexed prefix scan of the materialised path. Callers checked that the
 * root lies in the actor's scope, and a grant covers a whole subtree, so nothing under it is foreign.
 */
export const inSubtree = (pathColumn: SQL, rootPath: string) => sql`${pathColumn} like ${`${rootPath}%`}`;

/** Systems operated in the subtree; decommissioned ones need no level and are left out. */
export const subtreeSystems = (rootPath: string) => sql`
  select s.id, s.operator_organisation_id as unit_id, s.owner_organisation_id as owner_id, s.status as system_status,
         s.approved_level::int as level, s.approval_regime as regime, s.approval_decision_date as approved_on,
         s.approval_decision_number as decision_number, s.redetermination_reasons as reasons
  from information_systems s join organisations o on o.id = s.operator_organisation_id
  where ${inSubtree(sql`o.path`, rootPath)} and s.status <> 'decommissioned'`;

/** Dossiers of units in the subtree. */
export const subtreeDossiers = (rootPath: string) => sql`
  select d.id, d.operator_organisation_id as unit_id, d.regime, d.proposed_level::int as proposed_level,
         d.status, d.step_started_on, d.step_due_on, d.created_at
  from dossiers d join organisations o on o.id = d.operator_organisation_id
  where ${inSubtree(sql`o.path`, rootPath)}`;
