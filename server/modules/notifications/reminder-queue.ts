import { defineQueue } from '../../jobs/job-queue.js';
import type { JobDeps } from '../../jobs/queues.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { runReminders } from './reminders.js';

/** The queue whose scheduled job sends the reminders. */
export const REMINDER_QUEUE = 'reminders';

/**
 * Every 15 minutes in Vietnam's time: a step whose clock is short (the reminder's working days set high) is
 * reminded within a quarter of an hour of starting, and the day's date-driven reminders go out just after
 * midnight. Several server processes are safe twice over: pg-boss sends the scheduled job once per slot whatever
 * the number of processes (docs/jobs.md), and should a run repeat (a retry, an expired job run again, a restored
 * backup) every reminder's dedupe key makes the second one write nothing. Stately: at most one run waits and one
 * runs, so a slow run never piles up the next slots behind it.
 */
export function reminderQueue({ db, jobs, mailer }: JobDeps) {
  // This process's memory of the steps already reminded (reminder-delivery.ts): it saves asking the dossier
  // policy again every quarter of an hour; another process, or this one after a restart, asks once more.
  const stepsReminded = new Set<string>();
  return defineQueue<object>({
    name: REMINDER_QUEUE,
    options: { policy: 'stately', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
    schedule: '*/15 * * * *',
    async work() {
      await runReminders({ db, jobs, mailer, stepsReminded }, todayInVietnam());
    },
  });
}
