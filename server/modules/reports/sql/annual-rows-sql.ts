import { sql, type SQL } from 'drizzle-orm';
import { stateCtes, type ReportMoment } from './state-ctes.js';

/**
 * One row per system operated in the subtree, as of the moment: its approved level and decision,
 * and its current dossier (the latest one neither withdrawn nor superseded) with that dossier's
 * status, proposed level, step start and how far its security plan is implemented (from the
 * requirement statuses of the plan: all "fully" = fully, any started = partly, else not).
 */
export function annualRowsSql(rootPath: string, moment: ReportMoment): SQL {
  return sql`
with
${stateCtes(rootPath, moment)},
current_dossier as (
  select distinct on (ds.system_id)
         ds.system_id, ds.proposed_level::int as proposed_level, d.status, d.regime, d.step_started_on,
         (select case when count(*) = 0 then null
                      when count(*) filter (where r->>'status' = 'fully') = count(*) then 'fully'
                      when count(*) filter (where r->>'status' in ('fully', 'partly')) > 0
                        then 'partly'
                      else 'not' end
          from jsonb_array_elements(
                 coalesce(full_row.content->'securityPlan'->'requirements', '[]'::jsonb)
               ) r) as plan_status
  from dos d
  join dossier_systems ds on ds.dossier_id = d.id
  join dossiers full_row on full_row.id = d.id
  where d.status not in ('withdrawn', 'superseded')
  order by ds.system_id, d.created_at desc, d.id desc
)
select json_build_object(
  'systemId', s.id, 'system', (select name from information_systems where id = s.id),
  'owner', owner.name, 'operatorId', operator.id, 'operator', operator.name, 'systemStatus', s.system_status,
  'approvedLevel', s.level, 'regime', s.regime, 'approvedOn', s.approved_on,
  'decisionNumber', s.decision_number, 'reasons', s.reasons,
  'proposedLevel', c.proposed_level, 'dossierStatus', c.status, 'dossierRegime', c.regime,
  'stepStartedOn', c.step_started_on,
  'planStatus', c.plan_status
) as row
from sys s
join organisations owner on owner.id = s.owner_id
join organisations operator on operator.id = s.unit_id
left join current_dossier c on c.system_id = s.id`;
}
