import { Router } from 'express';
import { getJobDashboard } from '#shared/jobs/jobs.contract.js';
import type { Background } from '../../background.js';
import type { Db } from '../../db/open-db.js';
import type { Env } from '../../env.js';
import { forbidden } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { canSeeJobs } from '../../policies/jobs.policy.js';
import { readFailedJobs, readQueueStates } from './read-job-dashboard.js';

/** The administrators' view of the background work every server process shares (docs/jobs.md). */
export function jobRoutes(db: Db, env: Pick<Env, 'PUBLIC_URL'>, background: Pick<Background, 'mailer'>): Router {
  const router = Router();

  mountAuthed(router, getJobDashboard, async ({ actor }) => {
    if (!canSeeJobs(actor)) throw forbidden();
    const [queues, failed] = await Promise.all([readQueueStates(db), readFailedJobs(db)]);
    return { queues, failed, emailEnabled: background.mailer.enabled, publicUrl: env.PUBLIC_URL ?? null };
  });

  return router;
}
