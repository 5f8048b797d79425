import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { auditEvents, documentExports, dossierAttachments, dossiers } from '#server/db/schema/index.js';
import { tinyPdf } from '../../factories/dossiers.js';
import type { ApiClient } from '../../support/http-client.js';
import { uploadFile } from '../../support/dossiers.js';

/**
 * What the database holds about one dossier, read directly: its row, its audit trail, its files. A
 * write cut off half way would show as a row without its event (or the reverse).
 */
export async function dossierState(db: Db, dossierId: string) {
  const [row] = await db
    .select({ status: dossiers.status, version: dossiers.version })
    .from(dossiers)
    .where(eq(dossiers.id, dossierId));
  const events = await db
    .select({ action: auditEvents.action, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'dossier'), eq(auditEvents.entityId, dossierId)))
    .orderBy(asc(auditEvents.id));
  const files = await db
    .select({ id: dossierAttachments.id })
    .from(dossierAttachments)
    .where(eq(dossierAttachments.dossierId, dossierId));
  const lastStatus = events
    .map((event) => (event.after as { status?: string } | null)?.status)
    .filter((status) => status !== undefined)
    .at(-1);
  return {
    status: row!.status,
    version: row!.version,
    actions: events.map((event) => event.action),
    /** The status its latest event says it moved to: equal to `status` unless a write was torn. */
    lastStatus,
    attachmentIds: files.map((file) => file.id).sort(),
    /** The files its 'attach' events recorded: the same set as attachmentIds unless a write was torn. */
    attachedIds: events
      .filter((event) => event.action === 'attach')
      .map((event) => (event.after as { attachmentId: string }).attachmentId)
      .sort(),
  };
}

export async function exportRow(db: Db, id: string) {
  const [row] = await db
    .select({
      status: documentExports.status,
      done: documentExports.done,
      total: documentExports.total,
      hasZip: documentExports.result,
      error: documentExports.error,
    })
    .from(documentExports)
    .where(eq(documentExports.id, id));
  return { ...row!, hasZip: row!.hasZip !== null };
}

/** Uploads a small PDF as the web app does. */
export const uploadPdf = (client: ApiClient, dossierId: string, name = 'bien-ban.pdf') =>
  uploadFile(client, dossierId, name, tinyPdf(), 'application/pdf');

/** Fails with a clear message instead of letting a request that hangs run into the test's timeout. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until `check` returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(ms: number, what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = Math.max(1, deadline - Date.now());
    const value = await within(left, what, check()).catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The three submitted dossiers of the demo (public service units), as the appraiser lists them. */
export async function submittedDossiers(appraiser: ApiClient): Promise<Array<{ id: string; version: number }>> {
  const res = await appraiser.get('/api/dossiers', { query: { status: 'submitted' } });
  if (res.status !== 200) throw new Error(`listing dossiers answered ${res.status}: ${res.text}`);
  return (res.json.items as Array<{ id: string; version: number }>).map(({ id, version }) => ({ id, version }));
}
