import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { translate } from '#shared/i18n/translate.js';
import type { Db } from '../../db/open-db.js';
import { documentExports } from '../../db/schema/index.js';
import { IN_FLIGHT, keptSince } from './export-limits.js';
import { DOCUMENT_EXPORT_QUEUE } from './export-queue-names.js';

/**
 * How long an export without a live job is left before it is failed: long enough for the dead-letter
 * handler to record a failure in its own words, and for a job being completed to finish doing so.
 */
const LOST_AFTER_MS = 10 * 60_000;

/**
 * The scheduled sweep (export-jobs.ts): finished exports older than exportLimits.keepHours lose their
 * zip and read "expired"; and an export still waiting or running whose job is gone is failed, so that it
 * stops counting against its requester's cap. An export whose process died is not such: its job is
 * still there and runs it again. One without a job was left by a server from before exports ran as jobs,
 * or brought back by restoring a backup without the job queue.
 */
export async function sweepExports(db: Db, now = new Date()): Promise<{ failed: number; expired: number }> {
  const failed = await db
    .update(documentExports)
    .set({ status: 'failed', error: translate('vi', 'validation.exportInterrupted'), finishedAt: now })
    .where(
      and(
        inArray(documentExports.status, IN_FLIGHT),
        lt(documentExports.progressAt, new Date(now.getTime() - LOST_AFTER_MS)),
        // The export's job bears its id (document-exports.ts); pg-boss keeps it in pgboss.job until it ends.
        sql`not exists (select 1 from pgboss.job j where j.name = ${DOCUMENT_EXPORT_QUEUE}
              and j.id = ${documentExports.id} and j.state in ('created', 'retry', 'active'))`,
      ),
    )
    .returning({ id: documentExports.id });
  const expired = await db
    .update(documentExports)
    .set({ status: 'expired', result: null })
    .where(and(eq(documentExports.status, 'done'), lt(documentExports.finishedAt, keptSince(now))))
    .returning({ id: documentExports.id });
  return { failed: failed.length, expired: expired.length };
}
