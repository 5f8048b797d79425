import { sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '#shared/common/text.js';
import { loadRegimes, type Regimes } from '../regimes/load-regimes.js';
import { inspectionTable } from '../reports/sql/regime-tables.js';
import { queryRows } from '../reports/sql/rows.js';
import type { NewNotification } from './deliver-notifications.js';
import { deliverReminders, type ReminderDeps } from './reminder-delivery.js';

/** An inspection is announced this many calendar days ahead (the notification kind's definition). */
const INSPECTION_REMINDER_DAYS = 30;

const inspectionReminderKey = (systemId: string, dueOn: string) => `inspection:${systemId}:${dueOn}`;

interface DueInspection {
  systemId: string;
  systemName: string;
  dueOn: string;
  unitId: string;
  unitName: string;
  userId: string;
}

/**
 * Each officer over the operating unit (in it or above it) of each system whose next periodic inspection falls
 * within INSPECTION_REMINDER_DAYS of `today` and who has not had this inspection's reminder yet, in ONE statement.
 * The next date is nextInspectionDue() (shared/regimes/inspections.ts) in SQL, as the reports compute it: the
 * first date on the approval's cycle (approval + k cycles, k >= 1, months clamped to their last day) that is today
 * or later; decommissioned and unapproved systems have none. The unit's ancestors come from its materialised path,
 * so officers are found by equality (a hash join) rather than by comparing every membership with every unit.
 * "Not yet" reads the notifications' unique index (person, key).
 */
function dueInspectionsSql(today: IsoDate, regimes: Regimes): SQL {
  const day = sql`${today}::date`;
  const monthIndex = (date: SQL) => sql`(extract(year from ${date})::int * 12 + extract(month from ${date})::int)`;
  const key = sql`'inspection:' || due.id || ':' || to_char(due.due_on, 'YYYY-MM-DD')`;
  return sql`
with due as (
  select s.id, s.name, s.operator_organisation_id as unit_id,
         case when first_try.day >= ${day} then first_try.day else second_try.day end as due_on
  from information_systems s
  join ${inspectionTable(regimes)} on cycles.regime = s.approval_regime and cycles.level = s.approved_level
  cross join lateral (
    select greatest(1, ceil((${monthIndex(day)} - ${monthIndex(sql`s.approval_decision_date`)})::numeric
                            / cycles.months))::int as k
  ) cycle
  cross join lateral (
    select (s.approval_decision_date + cycle.k * cycles.months * interval '1 month')::date as day
  ) first_try
  cross join lateral (
    select (s.approval_decision_date + (cycle.k + 1) * cycles.months * interval '1 month')::date as day
  ) second_try
  where s.status <> 'decommissioned' and s.approval_decision_date is not null
)
select distinct due.id as "systemId", due.name as "systemName", to_char(due.due_on, 'YYYY-MM-DD') as "dueOn",
       unit.id as "unitId", unit.name as "unitName", m.user_id as "userId"
from due
join organisations unit on unit.id = due.unit_id
cross join lateral unnest(array_remove(string_to_array(unit.path, '/'), '')::uuid[]) as above(organisation_id)
join memberships m on m.organisation_id = above.organisation_id and m.role = 'officer'
join users u on u.id = m.user_id and u.disabled_at is null
where due.due_on <= ${day} + ${INSPECTION_REMINDER_DAYS}::int
  and not exists (select 1 from notifications n where n.user_id = m.user_id and n.dedupe_key = ${key})
order by "dueOn", "systemId", "userId"`;
}

/**
 * 'inspectionDue' to the officers over each system's operating unit, once per system and inspection date (the
 * next date on the cycle gets its own reminder when it comes within range). Returns the notifications written.
 */
export async function remindInspections(deps: ReminderDeps, today: IsoDate): Promise<number> {
  const regimes = await loadRegimes(deps.db);
  const rows = await queryRows<DueInspection>(deps.db, dueInspectionsSql(today, regimes));
  const items = rows.map((row): NewNotification => ({
    userId: row.userId,
    kind: 'inspectionDue',
    dossierId: null,
    organisationId: row.unitId,
    details: {
      systemId: row.systemId,
      systemNames: [row.systemName],
      organisationName: row.unitName,
      dueOn: row.dueOn,
    },
    dedupeKey: inspectionReminderKey(row.systemId, row.dueOn),
  }));
  return deliverReminders(deps, items);
}
