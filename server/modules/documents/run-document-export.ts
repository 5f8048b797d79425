import { hostname } from 'node:os';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { documentExportCreateSchema } from '#shared/documents/documents.schemas.js';
import { translate } from '#shared/i18n/translate.js';
import type { Db } from '../../db/open-db.js';
import { documentExports } from '../../db/schema/index.js';
import type { JobContext } from '../../jobs/job-queue.js';
import { loadActor } from '../auth/sessions.js';
import { loadRegimes } from '../regimes/load-regimes.js';
import { dossierFolder, renderDossierForms, zipFiles } from './dossier-documents.js';
import { IN_FLIGHT } from './export-limits.js';
import { documentCount, planExport, type ExportPlan } from './export-plan.js';
import type { RenderedDocument } from './render-form.js';

/** Awaited at each step of an attempt: at its start, then after each document with the number done. */
type ExportStep = (exportId: string, done: number, attempt: number) => Promise<void>;

/**
 * Rendering is CPU work and the embedded database answers without real I/O, so nothing here would
 * let the server take other requests until the end: each step yields to the event loop. Tests wrap
 * `step` to hold an attempt half way and look at it (`attempt` is the job's retry count, 0 the first).
 */
export const exportPacing: { step: ExportStep } = {
  step: () => new Promise<void>((resolve) => setImmediate(resolve)),
};

/** Thrown inside an attempt that is no longer the export's runner: it stops rendering for nothing. */
class NotTheRunner extends Error {}

/**
 * "<job id>:<attempt>:<host>:<pid>": which attempt of the export's job runs it, and where (the process
 * shows in the row for whoever looks into a stuck export).
 */
const runnerOf = (job: JobContext) => `${job.id}:${job.retryCount}:${hostname()}:${process.pid}`;

/** The attempt number a runner records (-1 for none, or a runner from before exports ran as jobs). */
const attemptOfRunner = sql`coalesce(substring(${documentExports.runner} from '^[0-9a-f-]+:([0-9]+):')::int, -1)`;

/**
 * One attempt of an export's job (export-jobs.ts): it claims the export, renders the plan again from
 * the stored request, and records the zip. An attempt may run after another one died (a restart, a
 * killed process: the job is retried once it expires) or while an earlier one still runs past its
 * expiry, so every write is conditional on this attempt still being the export's runner: a later
 * attempt takes over, an earlier one can never overwrite it. An export already finished is left alone.
 * A failure is thrown for pg-boss to retry; once every attempt failed, failDocumentExport records it.
 */
export async function runDocumentExport(db: Db, exportId: string, job: JobContext): Promise<void> {
  const runner = runnerOf(job);
  const own = and(
    eq(documentExports.id, exportId),
    eq(documentExports.runner, runner),
    eq(documentExports.status, 'running'),
  );
  try {
    const plan = await planOf(db, exportId);
    if (!plan) return;
    const total = documentCount(plan.items, plan.formats);
    // Claimed afresh: the documents an earlier attempt rendered are rendered again (they were in its memory).
    const [claimed] = await db
      .update(documentExports)
      .set({ status: 'running', runner, done: 0, total, progressAt: new Date() })
      .where(
        and(
          eq(documentExports.id, exportId),
          inArray(documentExports.status, IN_FLIGHT),
          sql`${attemptOfRunner} < ${job.retryCount}`,
        ),
      )
      .returning({ id: documentExports.id });
    if (!claimed) return;

    let done = 0;
    await exportPacing.step(exportId, done, job.retryCount);
    const entries: Array<{ folder: string; file: RenderedDocument }> = [];
    for (const { record, forms } of plan.items) {
      const files = await renderDossierForms(db, record, plan.regimes, forms, plan.formats, async () => {
        const moved = await db
          .update(documentExports)
          .set({ done: sql`${documentExports.done} + 1`, progressAt: new Date() })
          .where(own)
          .returning({ id: documentExports.id });
        if (moved.length === 0) throw new NotTheRunner();
        done += 1;
        await exportPacing.step(exportId, done, job.retryCount);
      });
      entries.push(...files.map((file) => ({ folder: dossierFolder(record), file })));
    }
    const result = await zipFiles(entries);
    await db.update(documentExports).set({ status: 'done', result, finishedAt: new Date() }).where(own);
  } catch (error) {
    if (error instanceof NotTheRunner) return;
    // The details (a failed query holds its parameters) go to the log; pg-boss keeps the message for the
    // administrators' job page and tries again.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`[capdo] document export ${exportId}, attempt ${job.retryCount + 1} failed:`, message);
    throw new Error(`document export ${exportId}: ${message}`, { cause: error });
  }
}

/** The export's stored request made into a plan, or nothing when the export is no longer waiting or running. */
async function planOf(db: Db, exportId: string) {
  const [row] = await db.select().from(documentExports).where(eq(documentExports.id, exportId));
  if (!row || !IN_FLIGHT.includes(row.status)) return undefined;
  const request = documentExportCreateSchema.parse(row.request);
  const [actor, regimes] = await Promise.all([loadActor(db, row.requestedBy), loadRegimes(db)]);
  const items: ExportPlan = actor ? await planExport(db, actor, request.dossierIds ?? [], regimes) : [];
  return { items, regimes, formats: request.formats };
}

/**
 * Every attempt failed (errors, or processes that died each time): the export is recorded failed with a
 * reason its requester reads, unless it finished meanwhile. Called by the dead-letter queue of export-jobs.ts.
 */
export async function failDocumentExport(db: Db, exportId: string): Promise<void> {
  await db
    .update(documentExports)
    .set({ status: 'failed', error: translate('vi', 'validation.exportFailed'), finishedAt: new Date() })
    .where(and(eq(documentExports.id, exportId), inArray(documentExports.status, IN_FLIGHT)));
}
