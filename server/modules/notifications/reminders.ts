import type { IsoDate } from '#shared/common/text.js';
import type { ReminderDeps } from './reminder-delivery.js';
import { remindInspections } from './reminder-inspections.js';
import { remindReports } from './reminder-reports.js';
import { remindDueSteps } from './reminder-steps.js';

export type { ReminderDeps } from './reminder-delivery.js';

/** Notifications written by one run, per kind. */
export interface ReminderCounts {
  dueSoon: number;
  overdue: number;
  inspectionDue: number;
  reportDue: number;
}

/**
 * The reminders that follow the legal clocks and the yearly calendar, as of `today` (Vietnam's day): steps due
 * soon or overdue, periodic inspections coming, yearly reports' deadlines coming (docs/notifications.md#reminders).
 * Each is keyed once per person (a step per version and threshold, an inspection per date, a report per deadline),
 * so running again, here or in another process, reaches nobody twice. Returns what it wrote.
 */
export async function runReminders(deps: ReminderDeps, today: IsoDate): Promise<ReminderCounts> {
  const steps = await remindDueSteps(deps, today);
  const inspectionDue = await remindInspections(deps, today);
  const reportDue = await remindReports(deps, today);
  return { ...steps, inspectionDue, reportDue };
}
