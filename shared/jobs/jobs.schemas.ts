import { z } from 'zod';

/** One queue of background work as administrators see it: how many jobs wait, run, finished or failed. */
export const jobQueueStateSchema = z.object({
  name: z.string(),
  /** Created or retrying, waiting for a process to take them. */
  queued: z.number().int().min(0),
  active: z.number().int().min(0),
  completed: z.number().int().min(0),
  failed: z.number().int().min(0),
});
export type JobQueueState = z.infer<typeof jobQueueStateSchema>;

/** A job that failed for good (its retries spent), with the reason its handler gave. */
export const failedJobSchema = z.object({
  id: z.string(),
  queue: z.string(),
  reason: z.string(),
  retries: z.number().int().min(0),
  createdAt: z.iso.datetime({ offset: true }),
  failedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type FailedJob = z.infer<typeof failedJobSchema>;

export const jobDashboardSchema = z.object({
  queues: z.array(jobQueueStateSchema),
  /** The most recent failed jobs, newest first (at most 100). */
  failed: z.array(failedJobSchema),
  /** Whether e-mail goes out (SMTP_URL set); without it notifications stay in the app. */
  emailEnabled: z.boolean(),
  /** The address links in e-mail point at (PUBLIC_URL), or null when unset. */
  publicUrl: z.string().nullable(),
});
export type JobDashboard = z.infer<typeof jobDashboardSchema>;
