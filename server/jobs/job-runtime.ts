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
  await defineQueues(boss, defined);
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

/**
 * The queues and their schedules as this process defines them; the options defined now
 * (EXPORT_JOB_TIMEOUT_SECONDS…) win over those stored by an earlier start. What is already stored as defined is
 * left alone: a start on a database that has them asks two questions instead of writing three times a queue
 * (about 0.15 s of a start on PGlite, docs/start-up.md).
 */
export async function defineQueues(boss: PgBoss, defined: Array<JobQueue<never>>): Promise<void> {
  const [stored, schedules] = await Promise.all([boss.getQueues(), boss.getSchedules()]);
  const storedQueues = new Map(stored.map((queue) => [queue.name, queue]));
  const storedSchedules = new Map(schedules.map((schedule) => [schedule.name, schedule]));
  for (const queue of defined) {
    const current = storedQueues.get(queue.name);
    if (!current) await boss.createQueue(queue.name, { name: queue.name, ...queue.options });
    // createQueue leaves a queue that exists as it is: updated when it differs.
    if (!current || !storedAsDefined(current, queue.options))
      await boss.updateQueue(queue.name, { name: queue.name, ...queue.options });
    const schedule = storedSchedules.get(queue.name);
    if (queue.schedule) {
      if (schedule?.cron !== queue.schedule || schedule.options?.tz !== VIETNAM_TIME_ZONE)
        await boss.schedule(queue.name, queue.schedule, {}, { tz: VIETNAM_TIME_ZONE });
    } else if (schedule) await boss.unschedule(queue.name);
  }
}

/** The options pg-boss stores as they are (its getQueues); any other (retentionDays…) counts as a difference. */
const storedOptions = ['retryLimit', 'retryDelay', 'retryBackoff', 'expireInSeconds', 'retentionMinutes', 'deadLetter'];

function storedAsDefined(stored: PgBoss.QueueResult, options: JobQueue['options']): boolean {
  if ((options.policy ?? 'standard') !== stored.policy) return false;
  return Object.entries(options).every(
    ([key, value]) =>
      key === 'policy' ||
      value === undefined ||
      (storedOptions.includes(key) && (stored as unknown as Record<string, unknown>)[key] === value),
  );
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
