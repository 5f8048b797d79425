import { sql, type SQL } from 'drizzle-orm';
import { INSPECTION_WINDOW_DAYS, REPORT_LIST_LIMIT } from '#shared/reports/reports.schemas.js';
import type { Regimes } from '../../regimes/load-regimes.js';
import { vietnameseOrder } from '../../../db/vietnamese-order.js';
import { clockTable, inspectionTable } from './regime-tables.js';
import { clockedList, inSubtree, stateCtes, workingDayCte, type ReportMoment } from './state-ctes.js';

/** Names listed for people to read, in the Vietnamese order, by their stored keys (server/db/vietnamese-order.ts). */
const byName = (column: SQL) => sql.join(vietnameseOrder(column), sql`, `);

export interface RollupParams {
  rootId: string;
  rootPath: string;
  moment: ReportMoment;
  regimes: Regimes;
  listLimit?: number;
}

/** Months since year 0 of a YYYY-MM-DD day: differences of these count calendar months. */
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));

/** How many units to name per kind and state (the narrative names at most ten). */
const NAMED_PER_GROUP = 10;

/**
 * The whole compliance roll-up in ONE statement: every count is an aggregate in PostgreSQL, only
 * the capped lists leave it as rows, and the answer is one json value (one round trip, the same
 * shape on both drivers). The benchmark runs exactly this statement as "the bare SQL".
 */
export function complianceRollupSql({
  rootId,
  rootPath,
  moment,
  regimes,
  listLimit = REPORT_LIST_LIMIT,
}: RollupParams): SQL {
  const asOf = sql`${moment.asOf}::date`;
  // Today the due date is the one stored when the step started; a past step's is computed from the
  // clocks: the first segment from the step's start, the second (the appraisal after the
  // completeness check) from the first's end, each in working or calendar days.
  const clock = moment.historical
    ? {
        due: sql`case when c.d1 is null then null
                      when c.d2 is null then x.due1
                      when c.w2 then a2.day
                      else x.due1 + c.d2 end`,
        joins: sql`
  left join ${clockTable(regimes)}
    on c.regime = p.regime and c.status = p.status
   and c.level = least(5, greatest(1, coalesce(p.proposed_level, 1)))
  left join wd a1 on c.w1 and a1.working = 1 and a1.n = s.n + c.d1
  cross join lateral (select case when c.w1 then a1.day else p.step_started_on + c.d1 end as due1) x
  left join wd s2 on s2.day = x.due1
  left join wd a2 on c.w2 and a2.working = 1 and a2.n = s2.n + c.d2`,
      }
    : { due: sql`p.step_due_on`, joins: sql`` };
  const pendingItem = sql`json_build_object(
      'dossierId', q.id, 'title', (select title from dossiers where id = q.id),
      'unit', json_build_object('id', q.unit_id, 'name', q.unit_name, 'kind', q.unit_kind),
      'status', q.status, 'proposedLevel', q.proposed_level,
      'stepStartedOn', q.step_started_on, 'stepDueOn', q.due_on,
      'waitingWorkingDays', q.waiting, 'overdue', q.overdue)`;
  const unitRef = sql`json_build_object('id', u.id, 'name', u.name, 'kind', u.kind)`;

  return sql`
with
units as materialized (
  select o.id, o.kind, o.name, o.name_order from organisations o where ${inSubtree(sql`o.path`, rootPath)}
),
${stateCtes(rootPath, moment)},
unit_sys as (select unit_id, count(*)::int as n, count(level)::int as approved from sys group by unit_id),
unit_dos as (
  select unit_id,
         bool_or(status in ('submitted', 'appraised')) as awaiting,
         bool_or(status = 'returned') as returned,
         bool_or(status in ('drafting', 'opinionRequested')) as preparing
  from dos group by unit_id
),
unit_state as materialized (
  select u.id, u.kind, u.name, u.name_order, coalesce(us.n, 0) as n, coalesce(us.approved, 0) as approved,
         case when us.n is null then 'withoutSystems'
              when us.approved = us.n then 'approved'
              when ud.awaiting then 'awaiting'
              when ud.returned then 'returned'
              when ud.preparing then 'preparing'
              else 'notStarted' end as state
  from units u
  left join unit_sys us on us.unit_id = u.id
  left join unit_dos ud on ud.unit_id = u.id
),
pending as materialized (select * from dos where status in (${clockedList})),
span as (select coalesce(min(step_started_on), ${asOf}) as first_day from pending),
-- Past steps need their due dates (at most a few months after the report day); today's are stored.
wd as materialized (${workingDayCte(moment.historical ? sql`${asOf} + 120` : asOf)}),
pending_clock as materialized (
  select p.id, p.unit_id, u.name as unit_name, u.kind as unit_kind, p.status, p.proposed_level, p.step_started_on,
         ${clock.due} as due_on,
         (select n from wd where day = ${asOf}) - s.n as waiting
  from pending p
  join units u on u.id = p.unit_id
  left join wd s on s.day = p.step_started_on${clock.joins}
),
pending_rows as materialized (
  select *, due_on is not null and ${asOf} > due_on as overdue from pending_clock
),
-- The next date on each approved system's inspection cycle (approval + k cycles, k >= 1, the first
-- on or after the report day), as nextInspectionDue() computes it. A 90-day window spans at most
-- four month boundaries, so only systems with a cycle month in [m0, m0 + 4] (m0 = months from the
-- approval's month to the report day's) can be due: the date arithmetic runs for those alone.
inspection_candidates as (
  select sy.id, sy.unit_id, sy.level, sy.regime, sy.approved_on, cycles.months,
         greatest(1, ceil(m.m0::numeric / cycles.months))::int as k0
  from sys sy
  join ${inspectionTable(regimes)} on cycles.regime = sy.regime and cycles.level = sy.level
  cross join lateral (
    select ${monthIndex(moment.asOf)}
           - (extract(year from sy.approved_on)::int * 12 + extract(month from sy.approved_on)::int) as m0
  ) m
  where sy.approved_on is not null
    and floor((m.m0 + 4)::numeric / cycles.months) * cycles.months >= greatest(m.m0, 1)
),
inspections as materialized (
  select c.id, c.unit_id, c.level, c.regime, c.approved_on,
         case when (c.approved_on + c.k0 * c.months * interval '1 month')::date >= ${asOf}
              then (c.approved_on + c.k0 * c.months * interval '1 month')::date
              else (c.approved_on + (c.k0 + 1) * c.months * interval '1 month')::date end as due_on
  from inspection_candidates c
),
inspections_due as materialized (
  select * from inspections where due_on <= ${asOf} + ${INSPECTION_WINDOW_DAYS}::int
),
flagged as materialized (select * from sys where cardinality(reasons) > 0)
select json_build_object(
  'kinds', (select coalesce(json_agg(k), '[]')
            from (select kind, state, count(*)::int as n from unit_state group by kind, state) k),
  'own', (select json_build_object('state', state, 'systems', n, 'approved', approved)
          from unit_state where id = ${rootId}),
  'named', (select coalesce(json_agg(json_build_object('kind', kind, 'state', state, 'total', total, 'name', name)),
                            '[]')
            from (select kind, state, name, count(*) over (partition by kind, state)::int as total,
                         row_number() over (partition by kind, state order by ${byName(sql`name_order`)}, id) as rn
                  from unit_state
                  where id <> ${rootId} and state in ('awaiting', 'returned', 'preparing', 'notStarted')) x
            where rn <= ${NAMED_PER_GROUP}),
  'levels', (select coalesce(json_agg(l), '[]')
             from (select level, count(*)::int as n from sys group by level) l),
  'statuses', (select coalesce(json_agg(st), '[]')
               from (select status, count(*)::int as n from dos group by status) st),
  'pendingTotal', (select count(*)::int from pending_rows),
  'pending', (select coalesce(json_agg(${pendingItem} order by q.step_started_on, q.id), '[]')
              from (select * from pending_rows order by step_started_on, id limit ${listLimit}) q),
  'overdueTotal', (select count(*)::int from pending_rows where overdue),
  'overdue', (select coalesce(json_agg(${pendingItem} order by q.due_on, q.id), '[]')
              from (select * from pending_rows where overdue order by due_on, id limit ${listLimit}) q),
  'inspectionsTotal', (select count(*)::int from inspections_due),
  'inspections', (select coalesce(json_agg(json_build_object(
                    'systemId', i.id, 'name', (select name from information_systems where id = i.id),
                    'unit', ${unitRef}, 'approvedLevel', i.level,
                    'regime', i.regime, 'approvedOn', i.approved_on, 'dueOn', i.due_on) order by i.due_on, i.id), '[]')
                  from (select * from inspections_due order by due_on, id limit ${listLimit}) i
                  join units u on u.id = i.unit_id),
  'flaggedTotal', (select count(*)::int from flagged),
  'flagged', (select coalesce(json_agg(json_build_object(
                'systemId', f.id, 'name', (select name from information_systems where id = f.id),
                'unit', ${unitRef}, 'approvedLevel', f.level,
                'reasons', f.reasons) order by ${byName(sql`u.name_order`)}, f.id), '[]')
              from (select * from flagged order by id limit ${listLimit}) f
              join units u on u.id = f.unit_id)
) as report`;
}
