import { and, eq, sql } from 'drizzle-orm';
import type { DocumentExport, DocumentExportCreate } from '#shared/documents/documents.schemas.js';
import { translate, type Locale } from '#shared/i18n/translate.js';
import type { Db } from '../../db/open-db.js';
import { documentExports } from '../../db/schema/index.js';
import { fieldError, notFound } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import {
  findVisibleDossierRow,
  listVisibleDossiers,
  loadDossierRecords,
  type DossierRecord,
} from '../dossiers/queries.js';
import { loadRegimes, type Regimes } from '../regimes/load-regimes.js';
import { dossierFolder, formsOf, renderDossierForms, zipFiles } from './dossier-documents.js';
import type { RenderedDocument } from './render-form.js';

const MAX_EXPORT_DOSSIERS = 500;

/** The dossiers a request names, all of them visible to the caller (one unknown id: 404, nothing started). */
async function exportedRecords(
  db: Db,
  actor: Actor,
  request: DocumentExportCreate,
  regimes: Regimes,
): Promise<DossierRecord[]> {
  if (request.dossierIds) {
    const rows = await Promise.all([...new Set(request.dossierIds)].map((id) => findVisibleDossierRow(db, actor, id)));
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
  return loadDossierRecords(db, page.items, regimes);
}

export const presentExport = (row: typeof documentExports.$inferSelect): DocumentExport => ({
  id: row.id,
  status: row.status as DocumentExport['status'],
  total: row.total,
  done: row.done,
  error: row.error,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

/**
 * Accepts a batch export and starts it in this process's background: the caller polls its
 * progress (documents done of total) and downloads the zip when it is done.
 */
export async function startDocumentExport(
  db: Db,
  actor: Actor,
  request: DocumentExportCreate,
): Promise<DocumentExport> {
  const regimes = await loadRegimes(db);
  const records = await exportedRecords(db, actor, request, regimes);
  const plan = records.map((record) => ({ record, forms: formsOf(record, regimes, actor) }));
  const total = plan.reduce((sum, { forms }) => sum + forms.length * request.formats.length, 0);
  const [row] = await db
    .insert(documentExports)
    .values({
      requestedBy: actor.userId,
      request: { ...request, dossierIds: records.map((r) => r.dossier.id) },
      total,
      status: 'running',
    })
    .returning();
  void runExport(db, row!.id, plan, request, regimes);
  return presentExport(row!);
}

/** Awaited at each step of a batch export: at its start, then after each document with the number done. */
type ExportStep = (exportId: string, done: number) => Promise<void>;

/**
 * Rendering is CPU work and the embedded database answers without real I/O, so nothing here would
 * let the server take other requests (not even answer the 202) until the end: each step yields to the
 * event loop. Tests wrap `step` to hold an export half way and look at it.
 */
export const exportPacing: { step: ExportStep } = {
  step: () => new Promise<void>((resolve) => setImmediate(resolve)),
};

async function runExport(
  db: Db,
  id: string,
  plan: Array<{ record: DossierRecord; forms: ReturnType<typeof formsOf> }>,
  request: DocumentExportCreate,
  regimes: Regimes,
) {
  try {
    let done = 0;
    await exportPacing.step(id, done);
    const entries: Array<{ folder: string; file: RenderedDocument }> = [];
    for (const { record, forms } of plan) {
      const files = await renderDossierForms(db, record, regimes, forms, request.formats, async () => {
        await db
          .update(documentExports)
          .set({ done: sql`${documentExports.done} + 1`, progressAt: new Date() })
          .where(eq(documentExports.id, id));
        done += 1;
        await exportPacing.step(id, done);
      });
      entries.push(...files.map((file) => ({ folder: dossierFolder(record), file })));
    }
    const result = await zipFiles(entries);
    await db
      .update(documentExports)
      .set({ status: 'done', result, finishedAt: new Date() })
      .where(eq(documentExports.id, id));
  } catch (error) {
    console.error('document export failed', id, error);
    await db
      .update(documentExports)
      .set({ status: 'failed', error: error instanceof Error ? error.message : String(error), finishedAt: new Date() })
      .where(eq(documentExports.id, id))
      .catch(() => undefined);
  }
}

/**
 * A document renders in well under a second; an export that has not moved for this long lost the
 * process running it (a restart, a crash) and will not move again.
 */
export const STALLED_AFTER_MS = 10 * 60_000;

/** An export, only for the person who asked for it; one that stalled is recorded as failed. */
export async function findOwnExport(db: Db, actor: Actor, id: string, locale: Locale) {
  const [row] = await db
    .select()
    .from(documentExports)
    .where(and(eq(documentExports.id, id), eq(documentExports.requestedBy, actor.userId)));
  if (!row) throw notFound();
  if (row.status !== 'running' || Date.now() - row.progressAt.getTime() < STALLED_AFTER_MS) return row;
  const [failed] = await db
    .update(documentExports)
    .set({ status: 'failed', error: translate(locale, 'validation.exportInterrupted'), finishedAt: new Date() })
    .where(and(eq(documentExports.id, id), eq(documentExports.status, 'running')))
    .returning();
  return failed ?? row;
}
