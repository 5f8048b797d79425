import { sql, type SQL } from 'drizzle-orm';
import { clockedStatuses } from '#shared/dossiers/dossier-workflow.js';
import { historicalStateCtes } from './history-ctes.js';
import { subtreeDossiers, subtreeSystems, type ReportMoment } from './subtree.js';

export { inSubtree, type ReportMoment } from './subtree.js';

/**
 * The first entries of a WITH list defining `sys` and `dos` as of the moment (and, for a past day,
 * the helpers they are built from):
 * - sys: id, unit_id, owner_id, system_status, level (approved, or null), regime, approved_on,
 *   decision_number, reasons (re-determination);
 * - dos: id, unit_id, regime, proposed_level, status, step_started_on, step_due_on (stored today,
 *   null for a past step: callers compute it from the clocks), created_at.
 * Rows stay narrow (no names): a country holds 50,000 of each; lists join names for the rows they show.
 */
export function stateCtes(rootPath: string, moment: ReportMoment): SQL {
  if (moment.historical) return historicalStateCtes(rootPath, moment);
  return sql`
sys as materialized (${subtreeSystems(rootPath)}),
dos as materialized (${subtreeDossiers(rootPath)})`;
}

/** The clocked statuses (shared/dossiers/dossier-workflow.ts) as an SQL list: the same ones the presenter counts. */
export const clockedList = sql.raw(clockedStatuses.map((s) => `'${s}'`).join(', '));

/**
 * Every day from the first day a pending step started (`span.first_day`) to `until`, whether it is a
 * working day (the holidays table: weekday holidays off, swapped weekend days worked) and n = working
 * days up to and including it. "k working days after d" is then the working day whose n is n(d) + k,
 * and the working days waited from d to the report day are n(asOf) - n(d): plain joins, no loops.
 */
export function workingDayCte(until: SQL): SQL {
  const working = sql`case when h.kind = 'workingWeekend' then 1
                           when extract(isodow from g.day) >= 6 then 0
                           when h.kind = 'holiday' then 0
                           else 1 end`;
  return sql`
    select g.day, ${working} as working, sum(${working}) over (order by g.day)::int as n
    from span
    cross join lateral (
      select (span.first_day + i)::date as day from generate_series(0, ${until} - span.first_day) as i
    ) g
    left join holidays h on h.date = g.day`;
}
