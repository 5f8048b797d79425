import { and, eq, lt, sql } from 'drizzle-orm';
import type { DocumentExport, DocumentExportCreate } from '#shared/documents/documents.schemas.js';
import { translate, type Locale } from '#shared/i18n/translate.js';
import type { Db } from '../../db/open-db.js';
import { documentExports } from '../../db/schema/index.js';
import { fieldError, HttpError, notFound } from '../../http/http-error.js';
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
import { thisRunner } from './export-housekeeping.js';
import { assertExportAllowed, expiresAt, exportLimits, keptSince, STALLED_AFTER_MS } from './export-limits.js';

export { STALLED_AFTER_MS } from './export-limits.js';

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
 * Accepts a batch export and starts it in this process's background: the caller polls its
 * progress (documents done of total) and downloads the zip when it is done. A person over the caps
 * of export-limits.ts gets 429 before anything is loaded, and again (counted under a lock) at the insert.
 */
export async function startDocumentExport(
  db: Db,
  actor: Actor,
  request: DocumentExportCreate,
): Promise<DocumentExport> {
  await db.transaction((tx) => assertExportAllowed(tx, actor.userId));
  const regimes = await loadRegimes(db);
  const records = await exportedRecords(db, actor, request, regimes);
  const plan = records.map((record) => ({ record, forms: formsOf(record, regimes, actor) }));
  const total = plan.reduce((sum, { forms }) => sum + forms.length * request.formats.length, 0);
  const row = await db.transaction(async (tx) => {
    await assertExportAllowed(tx, actor.userId);
    const [inserted] = await tx
      .insert(documentExports)
      .values({
        requestedBy: actor.userId,
        request: { ...request, dossierIds: records.map((r) => r.dossier.id) },
        total,
        status: 'running',
        runner: thisRunner,
      })
      .returning();
    return inserted!;
  });
  void runExport(db, row.id, plan, request, regimes);
  return presentExport(row);
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
    // The details (a failed query holds its parameters) go to the log; the person reads a reason.
    console.error('document export failed', id, error instanceof Error ? error.message.split('\n')[0] : error);
    await db
      .update(documentExports)
      .set({ status: 'failed', error: translate('vi', 'validation.exportFailed'), finishedAt: new Date() })
      .where(and(eq(documentExports.id, id), eq(documentExports.status, 'running')))
      .catch(() => undefined);
  }
}

/**
 * An export, only for the person who asked for it. Read as it stands now: one that stalled is recorded
 * as failed, one whose zip outlived exportLimits.keepHours as expired (the periodic sweep of
 * export-housekeeping.ts would do both, later).
 */
export async function findOwnExport(db: Db, actor: Actor, id: string, locale: Locale): Promise<ExportRow> {
  const [row] = await db
    .select()
    .from(documentExports)
    .where(and(eq(documentExports.id, id), eq(documentExports.requestedBy, actor.userId)));
  if (!row) throw notFound();
  const now = new Date();
  if (row.status === 'running' && now.getTime() - row.progressAt.getTime() >= STALLED_AFTER_MS) {
    const [failed] = await db
      .update(documentExports)
      .set({ status: 'failed', error: translate(locale, 'validation.exportInterrupted'), finishedAt: now })
      .where(and(eq(documentExports.id, id), eq(documentExports.status, 'running')))
      .returning();
    return failed ?? row;
  }
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

/** The zip of one's finished export: 400 while it runs or when it failed, 410 once it expired. */
export async function ownExportZip(db: Db, actor: Actor, id: string, locale: Locale) {
  const row = await findOwnExport(db, actor, id, locale);
  if (row.status === 'expired') throw new HttpError('export_expired', undefined, { hours: exportLimits.keepHours });
  if (row.status !== 'done' || !row.result) throw fieldError('id', 'validation.exportNotReady');
  return { bytes: row.result, createdAt: row.createdAt };
}
