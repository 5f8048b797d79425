import type { OpenedDb } from './db/open-db.js';
import type { Env } from './env.js';
import { startJobs, type Jobs } from './jobs/job-runtime.js';
import { allQueues } from './jobs/queues.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { startNotificationBus, type NotificationBus } from './modules/notifications/notification-bus.js';
import { initWorkflowEventCursor } from './modules/notifications/workflow-event-cursor.js';

/**
 * What a server process runs besides answering requests: the job queues it shares with every other
 * process on the database, the notification events that reach the browsers connected to it, and e-mail.
 */
export interface Background {
  jobs: Jobs;
  bus: NotificationBus;
  mailer: Mailer;
  stop(): Promise<void>;
}

export async function startBackground(opened: Pick<OpenedDb, 'db' | 'connection'>, env: Env): Promise<Background> {
  const mailer = createMailer(env.SMTP_URL, env.MAIL_FROM);
  const bus = await startNotificationBus(opened.connection);
  let jobs: Jobs;
  try {
    // Before any dispatch can run: the workflow's notifications start from here (workflow-event-cursor.ts).
    await initWorkflowEventCursor(opened.db);
    jobs = await startJobs(
      opened.connection,
      {
        pollSeconds: env.JOBS_POLL_SECONDS,
        maintenanceSeconds: env.JOBS_MAINTENANCE_SECONDS,
        schedules: env.JOBS_SCHEDULES,
      },
      (started) => allQueues({ db: opened.db, env, jobs: started, mailer }),
    );
  } catch (error) {
    await bus.stop();
    throw error;
  }
  return {
    jobs,
    bus,
    mailer,
    async stop() {
      await jobs.stop();
      await bus.stop();
      mailer.close();
    },
  };
}
