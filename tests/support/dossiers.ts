import { downloadBytes } from './read-documents.js';
import { asc } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import {
  auditEvents,
  dossierAttachments,
  dossierPreparers,
  dossiers,
  dossierSnapshots,
  dossierSystems,
} from '#server/db/schema/index.js';
import { SESSION_COOKIE } from '#server/http/authenticate.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import type { ApiClient, ApiResponse } from './http-client.js';
import { snapshotTables } from './snapshot.js';

/**
 * snapshotTables plus every table the dossier workflow writes: dossiers, their systems and preparers,
 * snapshots, attachments (by hash, not bytes) and the audit trail. Equal before and after = nothing happened.
 */
export async function snapshotDossierTables(db: Db) {
  // The sealer chains events in the background: seal what waits first, so a later seal is not taken for a change.
  await sealPendingAuditEvents(db, { wait: true });
  const [base, dossierRows, systemRows, preparerRows, snapshotRows, attachmentRows, events] = await Promise.all([
    snapshotTables(db),
    db.select().from(dossiers).orderBy(asc(dossiers.id)),
    db.select().from(dossierSystems).orderBy(asc(dossierSystems.dossierId), asc(dossierSystems.systemId)),
    db.select().from(dossierPreparers).orderBy(asc(dossierPreparers.dossierId), asc(dossierPreparers.userId)),
    db.select().from(dossierSnapshots).orderBy(asc(dossierSnapshots.id)),
    db
      .select({
        id: dossierAttachments.id,
        dossierId: dossierAttachments.dossierId,
        fileName: dossierAttachments.fileName,
        sha256: dossierAttachments.sha256,
      })
      .from(dossierAttachments)
      .orderBy(asc(dossierAttachments.id)),
    db.select().from(auditEvents).orderBy(asc(auditEvents.id)),
  ]);
  return {
    ...base,
    ...(JSON.parse(
      JSON.stringify({
        dossiers: dossierRows,
        dossierSystems: systemRows,
        dossierPreparers: preparerRows,
        dossierSnapshots: snapshotRows,
        dossierAttachments: attachmentRows,
        auditEvents: events,
      }),
    ) as Record<string, unknown[]>),
  };
}

/** Uploads raw bytes the way the web app does (fetch with the session cookie and CSRF token). */
export async function uploadFile(
  client: ApiClient,
  dossierId: string,
  fileName: string,
  data: Buffer,
  contentType = 'application/octet-stream',
) {
  const url = new URL(`/api/dossiers/${dossierId}/attachments`, client.baseUrl);
  url.searchParams.set('fileName', fileName);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': contentType,
      cookie: `${SESSION_COOKIE}=${client.cookie}`,
      'x-csrf-token': client.csrfToken ?? '',
    },
    body: new Uint8Array(data),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** Downloads an attachment as bytes. */
export const downloadFile = (client: ApiClient, dossierId: string, attachmentId: string) =>
  downloadBytes(client, `/api/dossiers/${dossierId}/attachments/${attachmentId}`);

/** One workflow step on a dossier, as `client`: POST /api/dossiers/{id}/transitions with the action's body. */
export const transition = (client: ApiClient, id: string, body: Record<string, unknown>): Promise<ApiResponse> =>
  client.post(`/api/dossiers/${id}/transitions`, { body });
