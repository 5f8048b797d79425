import type PgBoss from 'pg-boss';

/** What a handler learns about the job it runs. */
export interface JobContext {
  id: string;
  /** Which attempt this is (0 the first): a handler that must not run twice at once tells its runs apart by it. */
  retryCount: number;
}

/**
 * One kind of background work: its queue's retry and expiry policy, an optional schedule, and its handler.
 * Handlers run at least once (docs/jobs.md#risks): each checks the state of what it acts on first.
 */
export interface JobQueue<T extends object = object> {
  name: string;
  options: Omit<PgBoss.Queue, 'name'>;
  /** A cron expression in Vietnam's time: the job is sent once a slot, whatever the number of processes. */
  schedule?: string;
  /** Handlers of this queue running at once in each process (default 1). */
  workers?: number;
  work(data: T, job: JobContext): Promise<void>;
}

/** Builds a queue whose data type the handler and the senders share. */
export const defineQueue = <T extends object>(queue: JobQueue<T>): JobQueue<T> => queue;
