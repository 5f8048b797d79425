import PgBoss from 'pg-boss';
import type { OpenedDb } from '#server/db/open-db.js';
import { parseEnv } from '#server/env.js';
import { pgliteBossDb } from '#server/jobs/pglite-adapter.js';
import type { Jobs } from '#server/jobs/job-runtime.js';
import { allQueues } from '#server/jobs/queues.js';
import { createMailer } from '#server/mail/mailer.js';

const unused = () => Promise.reject(new Error('the template only creates queues'));
const noJobs: Jobs = { send: unused, sendInTransaction: unused, stop: () => Promise.resolve() };

/**
 * pg-boss's `pgboss` schema and the server's queues, created once in a test template (after the demo is
 * seeded), so that no test database pays for them: about a second on PGlite, half a second on PostgreSQL,
 * when the first server of each file starts. Neither upkeep nor cron runs here: the template holds no job.
 * A server started on a copy still creates what is missing and sets each queue's options as it defines them.
 */
export async function installJobQueues({ db, connection }: Pick<OpenedDb, 'db' | 'connection'>): Promise<void> {
  const quiet = { supervise: false, schedule: false };
  const boss =
    connection.kind === 'pglite'
      ? new PgBoss({ ...quiet, db: pgliteBossDb(connection.client) })
      : new PgBoss({ ...quiet, connectionString: connection.url, max: 1 });
  boss.on('error', (error: Error) => console.warn('[capdo] template jobs:', error.message));
  await boss.start();
  try {
    const env = parseEnv({});
    for (const queue of allQueues({ db, env, jobs: noJobs, mailer: createMailer(undefined, env.MAIL_FROM) }))
      await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
