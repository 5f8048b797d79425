import type { Db } from '../db/open-db.js';
import type { Env } from '../env.js';
import type { Mailer } from '../mail/mailer.js';
import type { JobQueue } from './job-queue.js';
import type { Jobs } from './job-runtime.js';
import { notificationDispatchQueue } from '../modules/notifications/dispatch-workflow-events.js';
import { reminderQueue } from '../modules/notifications/reminder-queue.js';
import { notificationDigestQueue } from '../modules/notifications/digest-queue.js';
import { notificationEmailQueues } from '../modules/notifications/email-jobs.js';
import { documentExportQueues } from '../modules/documents/export-jobs.js';

/** What the handlers of background jobs work with. */
export interface JobDeps {
  db: Db;
  env: Env;
  jobs: Jobs;
  mailer: Mailer;
}

/** Every queue this server works, each defined next to the work it does. */
export function allQueues(deps: JobDeps): Array<JobQueue<never>> {
  return [
    notificationDispatchQueue(deps),
    reminderQueue(deps),
    ...notificationEmailQueues(deps),
    notificationDigestQueue(deps),
    ...documentExportQueues(deps),
  ];
}
