import { count } from 'drizzle-orm';
import { vietnamHolidays } from '#shared/calendar/vietnam-holidays.js';
import type { WorkingCalendar } from '#shared/calendar/working-days.js';
import type { Db } from '../../db/open-db.js';
import { holidays } from '../../db/schema/index.js';

/** The working-day calendar from the holidays table (a few dozen rows: read whole). */
export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const rows = await db.select().from(holidays);
  return {
    holidays: new Set(rows.filter((row) => row.kind === 'holiday').map((row) => row.date)),
    workingWeekendDays: new Set(rows.filter((row) => row.kind === 'workingWeekend').map((row) => row.date)),
  };
}

/** Fills the shipped holiday years into an empty table at start; administrators maintain it afterwards. */
export async function ensureDefaultHolidays(db: Db): Promise<void> {
  const [row] = await db.select({ n: count() }).from(holidays);
  if ((row?.n ?? 0) > 0) return;
  const entries = Object.values(vietnamHolidays).flat();
  await db.insert(holidays).values(entries).onConflictDoNothing();
}

/** Today in Vietnam (UTC+7), as YYYY-MM-DD; defined in shared/ so the web app's rules read the same day. */
export { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
