import { count } from 'drizzle-orm';
import { vietnamHolidays } from '#shared/calendar/vietnam-holidays.js';
import type { WorkingCalendar } from '#shared/calendar/working-days.js';
import type { Db, Tx } from '../../db/open-db.js';
import { readReference } from '../../db/reference-cache.js';
import { holidays } from '../../db/schema/index.js';

/**
 * The working-day calendar from the holidays table (a few dozen rows: read whole), once per reference version for a
 * request that has one (server/db/reference-cache.ts). Shared: never changed by a caller.
 */
export function loadWorkingCalendar(db: Db | Tx, referenceVersion?: number): Promise<WorkingCalendar> {
  return readReference(db, referenceVersion, 'calendar', () => readWorkingCalendar(db));
}

async function readWorkingCalendar(db: Db | Tx): Promise<WorkingCalendar> {
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
