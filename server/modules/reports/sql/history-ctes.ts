import { sql, type SQL } from 'drizzle-orm';
import { subtreeDossiers, subtreeSystems, vietnamDay, type ReportMoment } from './subtree.js';

/**
 * `sys` and `dos` as they stood at the end of a past day, replayed from the audit trail with joins
 * and DISTINCT ON (not a lookup per row), so PostgreSQL picks index probes for a commune and hash
 * joins over the whole trail for a country.
 *
 * Systems: the level comes from the latest event at or before the day that made a dossier covering
 * the system approved (the level that dossier proposed for it). A system approved outside the product
 * (no such event ever) keeps its recorded decision if dated on or before the day. A re-determination
 * flag counts when the change that raised it (an event with redetermination_reasons) came after that
 * approval and by the day.
 *
 * Dossiers: the status of the latest status-changing event at or before the day; the step started
 * that day. A dossier whose events all come later did not exist yet; one with no event at all (loaded
 * from outside the workflow) is taken as it stands, if it was created by then.
 */
export function historicalStateCtes(rootPath: string, moment: ReportMoment): SQL {
  const bound = sql`${moment.bound}::timestamptz`;
  const asOf = sql`${moment.asOf}::date`;
  return sql`
sys_now as materialized (${subtreeSystems(rootPath)}),
approval_events as materialized (
  select ds.system_id, ds.proposed_level::int as level, d.regime, d.approval_decision_number as decision_number, e.at,
         coalesce(d.approval_decision_date, ${vietnamDay(sql`e.at`)}) as approved_on
  from sys_now s
  join dossier_systems ds on ds.system_id = s.id
  join dossiers d on d.id = ds.dossier_id
  join audit_events e on e.entity_type = 'dossier' and e.entity_id = d.id::text and e.after->>'status' = 'approved'
),
last_approval as (
  select distinct on (system_id) * from approval_events where at < ${bound} order by system_id, at desc
),
sys_level as materialized (
  select s.id, s.unit_id, s.owner_id, s.system_status, la.at as approved_at,
         la.system_id is not null or (ever.system_id is null and s.approved_on <= ${asOf}) as approved,
         case when la.system_id is not null then la.level
              when ever.system_id is null and s.approved_on <= ${asOf} then s.level end as level,
         case when la.system_id is not null then la.regime
              when ever.system_id is null and s.approved_on <= ${asOf} then s.regime end as regime,
         case when la.system_id is not null then la.approved_on
              when ever.system_id is null and s.approved_on <= ${asOf} then s.approved_on end as approved_on,
         case when la.system_id is not null then la.decision_number
              when ever.system_id is null and s.approved_on <= ${asOf} then s.decision_number end as decision_number
  from sys_now s
  left join last_approval la on la.system_id = s.id
  left join (select distinct system_id from approval_events) ever on ever.system_id = s.id
),
flags as (
  select sl.id, array_agg(distinct r.reason) as reasons
  from sys_level sl
  join audit_events e on e.entity_type = 'system' and e.entity_id = sl.id::text
    and cardinality(e.redetermination_reasons) > 0 and e.at < ${bound}
  cross join lateral unnest(e.redetermination_reasons) as r(reason)
  where sl.approved and (sl.approved_at is null or e.at > sl.approved_at)
  group by sl.id
),
sys as materialized (
  select sl.id, sl.unit_id, sl.owner_id, sl.system_status, sl.level, sl.regime, sl.approved_on, sl.decision_number,
         coalesce(f.reasons, '{}'::text[]) as reasons
  from sys_level sl left join flags f on f.id = sl.id
),
dos_now as materialized (${subtreeDossiers(rootPath)}),
-- Keyed by the dossier's uuid, not the event's text entity_id: the DISTINCT ON below then sorts 165,000 events of a
-- country by bytes instead of by the database's text collation, and the joins hash uuids.
status_events as materialized (
  select d.id as dossier_id, e.after->>'status' as status, e.at, e.id
  from dos_now d
  join audit_events e on e.entity_type = 'dossier' and e.entity_id = d.id::text and e.after->>'status' is not null
),
last_status as (
  select distinct on (dossier_id) dossier_id, status, at from status_events where at < ${bound}
  order by dossier_id, at desc, id desc
),
dos as materialized (
  select d.id, d.unit_id, d.regime, d.proposed_level,
         coalesce(ls.status, d.status) as status,
         case when ls.dossier_id is not null then ${vietnamDay(sql`ls.at`)} else d.step_started_on end
           as step_started_on,
         case when ls.dossier_id is not null then null::date else d.step_due_on end as step_due_on,
         d.created_at
  from dos_now d
  left join last_status ls on ls.dossier_id = d.id
  left join (select distinct dossier_id from status_events) ever on ever.dossier_id = d.id
  where ls.dossier_id is not null or (ever.dossier_id is null and d.created_at < ${bound})
)`;
}
