import { randomUUID } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { DocumentExport, DocumentExportCreate } from '#shared/documents/documents.schemas.js';
import type { Db } from '../../db/open-db.js';
import { documentExports } from '../../db/schema/index.js';
import { fieldError, HttpError, notFound } from '../../http/http-error.js';
import type { Jobs } from '../../jobs/job-runtime.js';
import type { Actor } from '../../policies/actor.js';
import {
  findVisibleDossierRows,
  listVisibleDossiers,
  loadDossierRecords,
  type DossierRecord,
} from '../dossiers/queries.js';
import { loadRegimes, type Regimes } from '../regimes/load-regimes.js';
import { formsOf } from './dossier-documents.js';
import { DOCUMENT_EXPORT_QUEUE, type DocumentExportJob } from './export-queue-names.js';
import { assertExportAllowed, expiresAt, exportLimits, keptSince } from './export-limits.js';
import { documentCount } from './export-plan.js';

const MAX_EXPORT_DOSSIERS = 500;

/** The dossiers a request names, all of them visible to the caller (one unknown id: 404, nothing started). */
async function exportedRecords(
  db: Db,
  actor: Actor,
  request: DocumentExportCreate,
  regimes: Regimes,
): Promise<DossierRecord[]> {
  if (request.dossierIds) {
    const rows = await findVisibleDossierRows(db, actor, [...new Set(request.dossierIds)]);
    if (rows.some((row) => !row)) throw notFound();
    return loadDossierRecords(
      db,
      rows.map((row) => row!),
      regimes,
    );
  }
  const page = await listVisibleDossiers(db, actor, {
    organisationId: request.organisationId,
    status: request.status,
    limit: MAX_EXPORT_DOSSIERS,
    offset: 0,
  });
  if (page.total > MAX_EXPORT_DOSSIERS)
    throw fieldError('organisationId', 'validation.exportTooLarge', { max: MAX_EXPORT_DOSSIERS });
  if (page.total === 0) throw fieldError('organisationId', 'validation.exportNeedsDossiers');
  // The list reads rows without their content (summaries); the documents need it.
  const rows = await findVisibleDossierRows(
    db,
    actor,
    page.items.map((item) => item.dossier.id),
  );
  // Their systems and preparers came with the page.
  return loadDossierRecords(
    db,
    rows.filter((row) => row !== undefined),
    regimes,
    { readBeside: page.readBeside },
  );
}

type ExportRow = typeof documentExports.$inferSelect;

export const presentExport = (row: ExportRow): DocumentExport => ({
  id: row.id,
  status: row.status as DocumentExport['status'],
  total: row.total,
  done: row.done,
  error: row.error,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  expiresAt: row.status === 'done' && row.finishedAt ? expiresAt(row.finishedAt).toISOString() : null,
});

/**
 * Accepts a batch export and queues it: the export's row and its job commit together, so an export is
 * never recorded without the job that runs it, nor the other way round. Any server process on the
 * database takes the job (export-jobs.ts); the caller polls the progress (documents done of total) and
 * downloads the zip when it is done. A person over the caps of export-limits.ts gets 429 before
 * anything is loaded, and again (counted under a lock) at the insert.
 */
export async function startDocumentExport(
  db: Db,
  jobs: Pick<Jobs, 'sendInTransaction'>,
  actor: Actor,
  request: DocumentExportCreate,
): Promise<DocumentExport> {
  await db.transaction((tx) => assertExportAllowed(tx, actor.userId));
  const regimes = await loadRegimes(db);
  const records = await exportedRecords(db, actor, request, regimes);
  const total = documentCount(
    records.map((record) => ({ record, forms: formsOf(record, regimes, actor) })),
    request.formats,
  );
  // The job bears the export's id: one job per export, found from either side.
  const id = randomUUID();
  const row = await db.transaction(async (tx) => {
    await assertExportAllowed(tx, actor.userId);
    const [inserted] = await tx
      .insert(documentExports)
      .values({
        id,
        requestedBy: actor.userId,
        request: { ...request, dossierIds: records.map((r) => r.dossier.id) },
        total,
        status: 'queued',
      })
      .returning();
    const job: DocumentExportJob = { exportId: id };
    await jobs.sendInTransaction(tx, DOCUMENT_EXPORT_QUEUE, job, { id });
    return inserted!;
  });
  return presentExport(row);
}

/**
 * An export, only for the person who asked for it. One whose zip outlived exportLimits.keepHours reads
 * expired at once (the scheduled sweep of export-housekeeping.ts would record it later).
 */
export async function findOwnExport(db: Db, actor: Actor, id: string): Promise<ExportRow> {
  const [row] = await db
    .select()
    .from(documentExports)
    .where(and(eq(documentExports.id, id), eq(documentExports.requestedBy, actor.userId)));
  if (!row) throw notFound();
  const now = new Date();
  if (row.status === 'done' && row.finishedAt && row.finishedAt < keptSince(now)) {
    const [expired] = await db
      .update(documentExports)
      .set({ status: 'expired', result: null })
      .where(
        and(
          eq(documentExports.id, id),
          eq(documentExports.status, 'done'),
          lt(documentExports.finishedAt, keptSince(now)),
        ),
      )
      .returning();
    return expired ?? row;
  }
  return row;
}

/** The zip of one's finished export: 400 while it waits or runs or when it failed, 410 once it expired. */
export async function ownExportZip(db: Db, actor: Actor, id: string) {
  const row = await findOwnExport(db, actor, id);
  if (row.status === 'expired') throw new HttpError('export_expired', undefined, { hours: exportLimits.keepHours });
  if (row.status !== 'done' || !row.result) throw fieldError('id', 'validation.exportNotReady');
  return { bytes: row.result, createdAt: row.createdAt, request: row.request };
}
