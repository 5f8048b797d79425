import { createHash } from 'node:crypto';
import { editableStatuses } from '#shared/dossiers/dossier-workflow.js';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { dossierAttachments, dossiers } from '../../db/schema/index.js';
import { fieldError, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { decideUpdate, enforce } from '../../policies/dossier.policy.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { detectFileType } from './detect-file-type.js';
import type { DossierRow, OrganisationPathRef } from './queries.js';
import { sanitiseFileName } from './sanitise-file-name.js';

/**
 * Stores a file with its SHA-256 while the dossier is being prepared. The type is the content's,
 * not the name's; the row of the dossier is locked for the insert, so a submission running at
 * the same moment either sees the file in its snapshot or makes this upload answer 409.
 */
export async function uploadAttachment(
  db: Db,
  actor: Actor,
  { dossier, operator }: { dossier: DossierRow; operator: OrganisationPathRef },
  requestedName: string,
  data: Buffer | undefined,
) {
  enforce(decideUpdate(actor, { status: dossier.status, operatorPath: operator.path }));
  if (!data || data.length === 0) throw fieldError('body', 'validation.fileEmpty');
  const type = detectFileType(data);
  if (!type) throw fieldError('fileName', 'validation.fileType', { fileName: requestedName });
  const fileName = sanitiseFileName(requestedName, type.extension);
  const sha256 = createHash('sha256').update(data).digest('hex');

  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: dossiers.id })
      .from(dossiers)
      .where(and(eq(dossiers.id, dossier.id), inArray(dossiers.status, [...editableStatuses])))
      .for('update');
    if (!open) throw new HttpError('conflict');
    const [row] = await tx
      .insert(dossierAttachments)
      .values({
        dossierId: dossier.id,
        fileName,
        mediaType: type.mediaType,
        size: data.length,
        sha256,
        data,
        uploadedBy: actor.userId,
      })
      .returning({
        id: dossierAttachments.id,
        fileName: dossierAttachments.fileName,
        mediaType: dossierAttachments.mediaType,
        size: dossierAttachments.size,
        sha256: dossierAttachments.sha256,
        createdAt: dossierAttachments.createdAt,
      });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'dossier',
      entityId: dossier.id,
      action: 'attach',
      organisationId: operator.id,
      after: { attachmentId: row!.id, fileName, mediaType: type.mediaType, size: data.length, sha256 },
    });
    return row!;
  });
}
