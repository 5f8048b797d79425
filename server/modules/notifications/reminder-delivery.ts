import type { Db } from '../../db/open-db.js';
import type { Jobs } from '../../jobs/job-runtime.js';
import type { Mailer } from '../../mail/mailer.js';
import { deliverNotifications, type NewNotification } from './deliver-notifications.js';

/** What the reminders work with (a subset of the job handlers' JobDeps). */
export interface ReminderDeps {
  db: Db;
  jobs: Jobs;
  mailer: Pick<Mailer, 'enabled'>;
  /**
   * The step reminders (their dedupe keys) this process has already delivered: a later run skips asking the
   * dossier policy who must act on them again (server/modules/notifications/reminder-steps.ts). Optional: without
   * it every run asks again and the dedupe keys alone keep anyone from a second reminder.
   */
  stepsReminded?: Set<string>;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows per transaction: a country's inspections of a month reach thousands of officers. */
const CHUNK = 500;

/**
 * In one order whatever the run: two runs at once (which the queue's policy avoids, but a manual run may not)
 * then meet on the same first row of the unique index and one waits for the other, never each for the other.
 */
export const inKeyOrder = (items: NewNotification[]) =>
  [...items].sort((a, b) => compare(a.dedupeKey, b.dedupeKey) || compare(a.userId, b.userId));

/** Delivers reminders in transactions of at most CHUNK rows; returns the notifications written. */
export async function deliverReminders(deps: ReminderDeps, items: NewNotification[]): Promise<number> {
  const ordered = inKeyOrder(items);
  let written = 0;
  for (let start = 0; start < ordered.length; start += CHUNK) {
    const chunk = ordered.slice(start, start + CHUNK);
    const rows = await deps.db.transaction((tx) =>
      deliverNotifications(tx, { jobs: deps.jobs, emailEnabled: deps.mailer.enabled }, chunk),
    );
    written += rows.length;
  }
  return written;
}
