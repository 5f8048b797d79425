import { and, asc, eq } from 'drizzle-orm';
import { dossierEventSchema, type DossierEvent } from '#shared/audit/dossier-events.schemas.js';
import type { Db } from '../../db/open-db.js';
import { parseStored } from '../../db/parse-stored.js';
import { auditEvents, dossierAttachments, dossierSnapshots, users } from '../../db/schema/index.js';
import { HttpError } from '../../http/http-error.js';

/* What hangs off one dossier: its files, the copies frozen at submission and approval, its events. */

/** The attachments of a dossier, without their bytes. */
export function listAttachments(db: Db, dossierId: string) {
  return db
    .select({
      id: dossierAttachments.id,
      fileName: dossierAttachments.fileName,
      mediaType: dossierAttachments.mediaType,
      size: dossierAttachments.size,
      sha256: dossierAttachments.sha256,
      createdAt: dossierAttachments.createdAt,
    })
    .from(dossierAttachments)
    .where(eq(dossierAttachments.dossierId, dossierId))
    .orderBy(asc(dossierAttachments.createdAt), asc(dossierAttachments.id));
}

/** One attachment with its bytes, only under the dossier it belongs to. */
export async function findAttachment(db: Db, dossierId: string, attachmentId: string) {
  const [row] = await db
    .select()
    .from(dossierAttachments)
    .where(and(eq(dossierAttachments.id, attachmentId), eq(dossierAttachments.dossierId, dossierId)));
  return row;
}

/** The frozen copies of a dossier, oldest first, with who froze them. */
export function listSnapshots(db: Db, dossierId: string) {
  return db
    .select({ snapshot: dossierSnapshots, createdBy: users.fullName })
    .from(dossierSnapshots)
    .leftJoin(users, eq(users.id, dossierSnapshots.createdBy))
    .where(eq(dossierSnapshots.dossierId, dossierId))
    .orderBy(asc(dossierSnapshots.createdAt), asc(dossierSnapshots.id));
}

/**
 * The audit events of a dossier, oldest first (the chain's order), with the actor's full name,
 * each parsed with its action's schema: one that does not match answers 500 naming the event.
 */
export async function listDossierEvents(db: Db, dossierId: string): Promise<DossierEvent[]> {
  const rows = await db
    .select({ event: auditEvents, actor: users.fullName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, 'dossier'), eq(auditEvents.entityId, dossierId)))
    .orderBy(asc(auditEvents.id));
  return rows.map(({ event, actor }) =>
    parseStored(
      dossierEventSchema,
      {
        id: event.id,
        at: event.at.toISOString(),
        actor,
        action: event.action,
        comment: event.comment,
        before: event.before,
        after: event.after,
      },
      { record: `audit event #${event.id} of dossier ${dossierId}` },
      (path) =>
        new HttpError('malformed_event', undefined, {
          id: event.id,
          action: event.action,
          field: path.split(/[.[]/)[0] ?? '',
          path,
        }),
    ),
  );
}
