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

/**
 * What a calendar's exceptions do to the Monday-to-Friday count, as sorted lists: holidays falling on a weekday
 * (and not also declared working) take a day off, weekend days declared working add one. Built once per calendar
 * (a calendar is loaded once and asked many times: every row of an inbox) and rebuilt if its sets change size.
 */
interface Exceptions {
  holidays: ReadonlySet<string>;
  workingWeekendDays: ReadonlySet<string>;
  sizes: string;
  off: string[];
  on: string[];
}
const exceptionsOf = new WeakMap<WorkingCalendar, Exceptions>();

function exceptions(calendar: WorkingCalendar): Exceptions {
  const sizes = `${calendar.holidays.size}/${calendar.workingWeekendDays.size}`;
  const known = exceptionsOf.get(calendar);
  if (
    known &&
    known.sizes === sizes &&
    known.holidays === calendar.holidays &&
    known.workingWeekendDays === calendar.workingWeekendDays
  )
    return known;
  const isWeekend = (date: string) => [0, 6].includes(new Date(toTime(date)).getUTCDay());
  const built: Exceptions = {
    holidays: calendar.holidays,
    workingWeekendDays: calendar.workingWeekendDays,
    sizes,
    off: [...calendar.holidays].filter((d) => !isWeekend(d) && !calendar.workingWeekendDays.has(d)).sort(),
    on: [...calendar.workingWeekendDays].filter(isWeekend).sort(),
  };
  exceptionsOf.set(calendar, built);
  return built;
}

/** How many of the sorted dates are <= date (binary search). */
function countUpTo(sorted: readonly string[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Mondays to Fridays among the days before day number `day` (days since 1970-01-05, a Monday), from any origin. */
function weekdaysBefore(day: number): number {
  const weeks = Math.floor(day / 7);
  return weeks * 5 + Math.min(day - weeks * 7, 5);
}
const MONDAY_1970 = 4;
const dayNumber = (date: string) => Math.round(toTime(date) / DAY_MS) - MONDAY_1970;

/**
 * Working days after `from` up to and including `to`; negative when `to` is earlier. O(log n) in the
 * calendar's exceptions whatever the distance: the weekdays between come from arithmetic, the
 * holidays and the working weekend days from two binary searches.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  if (to < from) return -workingDaysBetween(calendar, to, from);
  const { off, on } = exceptions(calendar);
  const weekdays = weekdaysBefore(dayNumber(to) + 1) - weekdaysBefore(dayNumber(from) + 1);
  return weekdays - (countUpTo(off, to) - countUpTo(off, from)) + (countUpTo(on, to) - countUpTo(on, from));
}

export function dueDate(
  calendar: WorkingCalendar,
  start: string,
  clock: { days: number; workingDays: boolean },
): string {
  return clock.workingDays ? addWorkingDays(calendar, start, clock.days) : addCalendarDays(start, clock.days);
}
