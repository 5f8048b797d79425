import { and, eq, isNull, notExists, sql } from 'drizzle-orm';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import type { IsoDate } from '#shared/common/text.js';
import { upcomingReportDueDates } from '#shared/reports/report-calendar.js';
import { memberships, notifications, users } from '../../db/schema/index.js';
import { loadRegimes } from '../regimes/load-regimes.js';
import type { NewNotification } from './deliver-notifications.js';
import { deliverReminders, type ReminderDeps } from './reminder-delivery.js';

/**
 * A yearly report's deadline is announced this many calendar days ahead: two working weeks to collect the units'
 * figures. For nd331's form 08 that starts around the end of its period (14/12), the internal deadline (before
 * 20/12) and the Ministry's (before 25/12) coming five days apart.
 */
const REPORT_REMINDER_DAYS = 14;

const reportReminderKey = (key: string, before: string) => `report:${key}:${before}`;

/**
 * 'reportDue' to every active reporter for each yearly deadline (shared/reports/report-calendar.ts) whose date
 * ("trước ngày …", stored as details.dueOn) is at most REPORT_REMINDER_DAYS away: the same deadlines the dashboard
 * shows everyone, nd331's only once that regime is in force. Reporters are not narrowed by regime or by the
 * levels of the systems under them: a reporter compiles whatever their unit is asked for, and the dashboard
 * already names these dates to each of them. One query per deadline (at most three a year, two at once) finds
 * the reporters not yet told, through the notifications' unique index (person, key). Returns the rows written.
 */
export async function remindReports(deps: ReminderDeps, today: IsoDate): Promise<number> {
  const regimes = await loadRegimes(deps.db);
  const horizon = addCalendarDays(today, REPORT_REMINDER_DAYS);
  const dues = upcomingReportDueDates(today, regimes.nd331.effectiveFrom).filter((due) => due.before <= horizon);
  const items: NewNotification[] = [];
  for (const due of dues) {
    const key = reportReminderKey(due.key, due.before);
    const reporters = await deps.db
      .selectDistinct({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.role, 'reporter'),
          isNull(users.disabledAt),
          notExists(
            deps.db
              .select({ one: sql`1` })
              .from(notifications)
              .where(and(eq(notifications.userId, memberships.userId), eq(notifications.dedupeKey, key))),
          ),
        ),
      );
    for (const { userId } of reporters)
      items.push({
        userId,
        kind: 'reportDue',
        dossierId: null,
        organisationId: null,
        details: { reportKey: due.key, dueOn: due.before },
        dedupeKey: key,
      });
  }
  return deliverReminders(deps, items);
}
