/**
 * Working days: Monday to Friday, except public holidays, plus the Saturdays or Sundays the
 * government declares working days when it swaps a day off. Dates are YYYY-MM-DD strings in
 * Vietnam's calendar; arithmetic is done in UTC so no time zone shifts a day.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  /** Weekend days declared working days (ngày làm bù). */
  workingWeekendDays: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addCalendarDays = (date: string, days: number) => toDate(toTime(date) + days * DAY_MS);

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  if (calendar.workingWeekendDays.has(date)) return true;
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

/** The date `days` working days after `start` (the start day itself is not counted). */
export function addWorkingDays(calendar: WorkingCalendar, start: string, days: number): string {
  let date = start;
  let left = days;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(calendar, date)) left--;
  }
  return date;
}

/** Working days after `from` up to and including `to`; negative when `to` is earlier. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  if (to < from) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(calendar, date)) count++;
  }
  return count;
}

export function dueDate(
  calendar: WorkingCalendar,
  start: string,
  clock: { days: number; workingDays: boolean },
): string {
  return clock.workingDays ? addWorkingDays(calendar, start, clock.days) : addCalendarDays(start, clock.days);
}
