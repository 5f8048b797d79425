import {
  addCalendarDays,
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
  type WorkingCalendar,
} from '#shared/calendar/working-days.js';

/**
 * How many working days late a step may be and still get its overdue reminder. The reminder belongs to the day a
 * step goes past its date; a run that missed that day (the server stopped) catches up within a working week, and
 * holidays do not eat into it. Steps later than that are left to the inbox, which shows them in red: bounding the
 * lateness keeps every run to the steps near their date rather than every step that ever ran late.
 */
const OVERDUE_CATCH_UP_WORKING_DAYS = 5;

/** The due dates a run looks at, inclusive: the SQL narrows to these, stepReminder decides. */
export interface StepWindow {
  from: string;
  to: string;
}

/**
 * From the earliest due date still late by at most OVERDUE_CATCH_UP_WORKING_DAYS to the last one at most
 * `dueSoonWorkingDays` away, both counted as the inbox counts (workingDaysBetween).
 */
export function stepReminderWindow(calendar: WorkingCalendar, today: string, dueSoonWorkingDays: number): StepWindow {
  // The day before the (N+1)-th working day: a weekend after the N-th still has N working days left.
  const to = addCalendarDays(addWorkingDays(calendar, today, dueSoonWorkingDays + 1), -1);
  // The (L+1)-th working day counting back from today: a step due on it has L working days of lateness.
  let from = today;
  let seen = isWorkingDay(calendar, from) ? 1 : 0;
  while (seen < OVERDUE_CATCH_UP_WORKING_DAYS + 1) {
    from = addCalendarDays(from, -1);
    if (isWorkingDay(calendar, from)) seen++;
  }
  return { from, to };
}

export interface StepReminder {
  kind: 'dueSoon' | 'overdue';
  /** Working days left (dueSoon, 0 when due today) or late (overdue, at least 1). */
  workingDays: number;
}

/**
 * Which reminder a step due on `dueOn` calls for today, by the number the inbox shows beside it ("còn N ngày làm
 * việc", "đến hạn hôm nay", "quá hạn N ngày làm việc"): overdue once a working day has passed since its date, due
 * soon from N working days before it up to that point. A step due on a Friday is therefore still "due today" over
 * the weekend and overdue on Monday, as the inbox says.
 */
export function stepReminder(
  calendar: WorkingCalendar,
  today: string,
  dueOn: string,
  dueSoonWorkingDays: number,
): StepReminder | null {
  const left = workingDaysBetween(calendar, today, dueOn);
  if (left < 0) return -left <= OVERDUE_CATCH_UP_WORKING_DAYS ? { kind: 'overdue', workingDays: -left } : null;
  return left <= dueSoonWorkingDays ? { kind: 'dueSoon', workingDays: Math.max(0, left) } : null;
}
