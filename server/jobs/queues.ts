import type { Db } from '../db/open-db.js';
import type { Env } from '../env.js';
import type { Mailer } from '../mail/mailer.js';
import type { JobQueue } from './job-queue.js';
import type { Jobs } from './job-runtime.js';

/** What the handlers of background jobs work with. */
export interface JobDeps {
  db: Db;
  env: Env;
  jobs: Jobs;
  mailer: Mailer;
}

/** Every queue this server works, each defined next to the work it does. */
export function allQueues(deps: JobDeps): Array<JobQueue<never>> {
  void deps;
  return [];
}
