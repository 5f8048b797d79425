import { defineQueue, type JobQueue } from '../../jobs/job-queue.js';
import type { JobDeps } from '../../jobs/queues.js';
import { sweepExports } from './export-housekeeping.js';
import {
  DOCUMENT_EXPORT_FAILED_QUEUE,
  DOCUMENT_EXPORT_QUEUE,
  DOCUMENT_EXPORT_SWEEP_QUEUE,
  type DocumentExportJob,
} from './export-queue-names.js';
import { failDocumentExport, runDocumentExport } from './run-document-export.js';

/**
 * The batch exports' queues, the dead-letter one first (the export queue names it, so it must exist).
 *
 * An export attempt may take up to EXPORT_JOB_TIMEOUT_SECONDS; past it, or once the process running it
 * died and the upkeep noticed its expiry, the job is tried again (3 attempts, 3 to 6 s then 6 to 12 s
 * apart), on whichever process takes it first. Two handlers per process: one person's large export does
 * not hold everyone else's behind it.
 */
export function documentExportQueues({ db, env }: Pick<JobDeps, 'db' | 'env'>): Array<JobQueue<never>> {
  return [
    defineQueue<DocumentExportJob>({
      name: DOCUMENT_EXPORT_FAILED_QUEUE,
      options: { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
      work: ({ exportId }) => failDocumentExport(db, exportId),
    }),
    defineQueue<DocumentExportJob>({
      name: DOCUMENT_EXPORT_QUEUE,
      options: {
        retryLimit: 2,
        retryDelay: 3,
        retryBackoff: true,
        expireInSeconds: env.EXPORT_JOB_TIMEOUT_SECONDS,
        deadLetter: DOCUMENT_EXPORT_FAILED_QUEUE,
      },
      workers: 2,
      work: ({ exportId }, job) => runDocumentExport(db, exportId, job),
    }),
    defineQueue<object>({
      name: DOCUMENT_EXPORT_SWEEP_QUEUE,
      options: { retryLimit: 2, retryDelay: 30, expireInSeconds: 300 },
      // Every ten minutes, in Vietnam's time (any time zone would do for this one).
      schedule: '*/10 * * * *',
      async work() {
        const { failed, expired } = await sweepExports(db);
        if (failed + expired > 0)
          console.log(`[capdo] exports: ${failed} without a job failed, ${expired} zips expired`);
      },
    }),
  ];
}
