import { defineQueue } from '../../jobs/job-queue.js';
import type { JobDeps } from '../../jobs/queues.js';
import { sendDigests } from './digest-send.js';

/** The queue whose hourly job sends the daily digests due at that hour. */
export const NOTIFICATION_DIGEST_QUEUE = 'notification-digest';

/**
 * Every hour on the hour, Vietnam time (pg-boss sends the job once whatever the number of processes). A run in
 * which some digests could not be sent fails, so pg-boss retries it a minute or two later, still within the hour:
 * the people already served are skipped by their claim, the others are tried again. It may run for a while
 * (a province's people at the default hour, each with their inbox), hence the half hour before it is taken for lost.
 */
export const notificationDigestQueue = (deps: JobDeps) =>
  defineQueue<object>({
    name: NOTIFICATION_DIGEST_QUEUE,
    options: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 },
    schedule: '0 * * * *',
    async work() {
      const run = await sendDigests(deps, new Date());
      if (run.failed > 0) throw new Error(`${run.failed} daily digest(s) not sent, ${run.sent} sent`);
    },
  });
