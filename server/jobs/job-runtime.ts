import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import type { OpenedDb, Tx } from '../db/open-db.js';
import type { JobQueue } from './job-queue.js';
import { pgliteBossDb } from './pglite-adapter.js';
import { transactionBossDb } from './transaction-adapter.js';

/** How often the job machinery looks at the database, from the environment (server/env.ts). */
export interface JobTiming {
  /** Seconds between two polls of a queue for work. */
  pollSeconds: number;
  /** Seconds between two upkeep runs: expired jobs back to retry, finished ones archived. */
  maintenanceSeconds: number;
  /** Whether this process sends the scheduled jobs when their slot comes (JOBS_SCHEDULES). */
  schedules: boolean;
}

/** The background work of this process, shared with every other process on the database. */
export interface Jobs {
  send(queue: string, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
  /** Inside a transaction: the job commits or rolls back with the change that caused it. */
  sendInTransaction(tx: Tx, queue: string, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
  /** Waits for running handlers (up to 20 s), then stops polling. */
  stop(): Promise<void>;
}

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Starts pg-boss on the server's database (creating or upgrading its `pgboss` schema, under its own lock)
 * with the queues this process works: docs/jobs.md. Every process both sends and works; the database
 * decides which one takes each job, so each runs once.
 */
export async function startJobs(
  connection: OpenedDb['connection'],
  timing: JobTiming,
  queues: (jobs: Jobs) => Array<JobQueue<never>>,
): Promise<Jobs> {
  const common = {
    maintenanceIntervalSeconds: timing.maintenanceSeconds,
    // Failed jobs stay in pgboss.job a week for the administrators' page, then move to the archive.
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    cronMonitorIntervalSeconds: 30,
    schedule: timing.schedules,
  };
  const boss =
    connection.kind === 'pglite'
      ? new PgBoss({ ...common, db: pgliteBossDb(connection.client) })
      : new PgBoss({ ...common, connectionString: connection.url, max: 3, application_name: 'capdo-jobs' });
  boss.on('error', (error: Error) => console.warn('[capdo] jobs:', error.message));
  await boss.start();

  const jobs: Jobs = {
    send: (queue, data, options = {}) => boss.send(queue, data, options),
    sendInTransaction: (tx, queue, data, options = {}) =>
      boss.send(queue, data, { ...options, db: transactionBossDb(tx) }),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000 }),
  };

  const defined = queues(jobs);
  for (const queue of defined) {
    await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
    // createQueue leaves a queue that exists as it is: the options defined now (EXPORT_JOB_TIMEOUT_SECONDS…) win.
    await boss.updateQueue(queue.name, { name: queue.name, ...queue.options });
    if (queue.schedule) await boss.schedule(queue.name, queue.schedule, {}, { tz: VIETNAM_TIME_ZONE });
    else await boss.unschedule(queue.name);
  }
  if (connection.kind === 'pglite') await retryJobsLeftActive(boss, connection.client);
  for (const queue of defined) {
    for (let n = 0; n < (queue.workers ?? 1); n++)
      await boss.work<never>(
        queue.name,
        { pollingIntervalSeconds: timing.pollSeconds, batchSize: 1, includeMetadata: true },
        async ([job]) => {
          if (job)
            await queue.work(job.data, { id: job.id, retryCount: (job as { retryCount?: number }).retryCount ?? 0 });
        },
      );
  }
  return jobs;
}

/** PGlite instances whose jobs left active by a previous life of the server were put back (once each). */
const recovered = new WeakSet<PGlite>();

/**
 * PGlite's data directory admits one process (server/db/data-dir-lock.ts), so at the first start on it a job
 * still active was cut off by the death of the previous one (a crash, a SIGKILL). Left alone it would wait
 * for its expiry (up to EXPORT_JOB_TIMEOUT_SECONDS for an export) before running again; failed now, through
 * pg-boss's own path, it is retried after its delay (or, with no retry left, failed and its dead letter sent).
 */
async function retryJobsLeftActive(boss: PgBoss, client: PGlite): Promise<void> {
  if (recovered.has(client)) return;
  recovered.add(client);
  const { rows } = await client.query<{ name: string; id: string }>(
    `select name, id::text as id from pgboss.job where state = 'active'`,
  );
  for (const { name, id } of rows)
    await boss.fail(name, id, { message: 'interrupted: the server stopped while this job ran' });
}
