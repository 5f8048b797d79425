import { sql, type SQL } from 'drizzle-orm';
import { inSubtree, stateCtes, type ReportMoment } from '../sql/state-ctes.js';

interface DashboardSqlParams {
  rootId: string;
  rootPath: string;
  moment: ReportMoment;
}

/**
 * The dashboard's breakdown in ONE statement, over the same `sys` and `dos` as the compliance
 * roll-up (today's records, or replayed from the audit trail for a past day), so its numbers add up
 * to the report's. Every count is a GROUP BY in PostgreSQL; only one row per child, per child and
 * status, and per month leaves it.
 *
 * Each unit is attributed to the direct child of the root it lies under by reading that child's id
 * off its materialised path ("<root path><child id>/..."): no join of units against children, so a
 * country with 10,000 units costs one scan. The root itself has no child id (null): its own row.
 */
export function dashboardSql({ rootId, rootPath, moment }: DashboardSqlParams): SQL {
  // Paths are ASCII (uuids and slashes): character and byte positions agree.
  const afterRoot = rootPath.length + 1;
  return sql`
with
units as materialized (
  select o.id, nullif(split_part(substr(o.path, ${afterRoot}::int), '/', 1), '') as child_id
  from organisations o where ${inSubtree(sql`o.path`, rootPath)}
),
${stateCtes(rootPath, moment)},
unit_sys as (select unit_id, count(*)::int as n, count(level)::int as approved from sys group by unit_id),
unit_counts as (
  select u.child_id, count(*)::int as units, count(us.unit_id)::int as with_systems,
         count(*) filter (where us.approved = us.n)::int as all_approved,
         coalesce(sum(us.n), 0)::int as systems, coalesce(sum(us.approved), 0)::int as approved
  from units u left join unit_sys us on us.unit_id = u.id
  group by u.child_id
),
status_counts as (
  select u.child_id, d.status, count(*)::int as n
  from dos d join units u on u.id = d.unit_id
  group by u.child_id, d.status
),
-- Approvals by the month of the decision in force, from the first month that had one to the last.
monthly as (
  select date_trunc('month', approved_on)::date as month, count(*)::int as n
  from sys where level is not null and approved_on is not null and approved_on <= ${moment.asOf}::date
  group by 1
),
trend_window as (
  select max(month) as last_month, min(month) as first_month
  from monthly
),
trend as (
  select to_char(g.month, 'YYYY-MM') as month, coalesce(m.n, 0)::int as approvals
  from trend_window w
  cross join lateral generate_series(w.first_month, w.last_month, interval '1 month') as g(month)
  left join monthly m on m.month = g.month::date
)
select json_build_object(
  'children', (select coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'shortName', c.short_name,
                                                         'kind', c.kind)), '[]')
               from organisations c where c.parent_id = ${rootId}),
  'units', (select coalesce(json_agg(uc), '[]') from unit_counts uc),
  'statuses', (select coalesce(json_agg(sc), '[]') from status_counts sc),
  'months', (select coalesce(json_agg(t order by t.month), '[]') from trend t)
) as dashboard`;
}
