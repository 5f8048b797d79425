import { defineQueue, type JobQueue } from '../../jobs/job-queue.js';
import type { JobDeps } from '../../jobs/queues.js';
import { NOTIFICATION_EMAIL_QUEUE } from './deliver-notifications.js';
import { sendNotificationEmail, settleEmailState } from './send-notification-email.js';

/** Where pg-boss puts a notification's e-mail job once its last retry has failed (or timed out). */
export const NOTIFICATION_EMAIL_FAILED_QUEUE = 'notification-email-failed';

/** What a notification's e-mail job carries: only the id, never the message (it is built when it leaves). */
export interface NotificationEmailJob {
  notificationId: string;
}

/**
 * Retries of a failed send: about 30 s, 1, 2, 4 and 8 minutes apart (back-off doubles the delay, with some
 * randomness), so a mail server down for a quarter of an hour loses nothing. The expiry is longer than
 * nodemailer's own limits (2 minutes to connect, 10 without a word from the server): a slow server fails the
 * attempt, which is retried, rather than the job being taken for lost and sent again while the first still runs.
 */
const notificationEmailPolicy = {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  deadLetter: NOTIFICATION_EMAIL_FAILED_QUEUE,
};

/**
 * The e-mail queues: the dead-letter queue first, as pg-boss requires it to exist before a queue names it. A job
 * that has used every retry lands there, whatever made it fail (an error, a process that died, the expiry), and
 * its handler marks the notification 'failed', which the job's own handler cannot do for the last two.
 */
export function notificationEmailQueues(deps: JobDeps): Array<JobQueue<NotificationEmailJob>> {
  return [
    defineQueue<NotificationEmailJob>({
      name: NOTIFICATION_EMAIL_FAILED_QUEUE,
      options: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 60 },
      async work({ notificationId }) {
        await settleEmailState(deps.db, notificationId, 'failed');
      },
    }),
    defineQueue<NotificationEmailJob>({
      name: NOTIFICATION_EMAIL_QUEUE,
      options: notificationEmailPolicy,
      async work({ notificationId }) {
        await sendNotificationEmail(deps, notificationId);
      },
    }),
  ];
}
