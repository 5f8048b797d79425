import { editableStatuses } from '#shared/dossiers/dossier-workflow.js';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { dossierAttachments, dossiers } from '../../db/schema/index.js';
import { HttpError, notFound } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { decideUpdate, enforce } from '../../policies/dossier.policy.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import type { DossierRow, OrganisationPathRef } from './queries.js';
import { readReview } from './read-review.js';

/**
 * Removes a file while the dossier is being prepared (drafting or returned), by whoever may save its
 * draft; the trail keeps its name and hash. As for an upload, the dossier's row is locked: a submission
 * running at the same moment either froze the file in its snapshot first (then this answers 409) or
 * freezes the dossier without it. The scan an external appraisal recorded stays: the review names it.
 */
export async function deleteAttachment(
  db: Db,
  actor: Actor,
  { dossier, operator }: { dossier: DossierRow; operator: OrganisationPathRef },
  attachmentId: string,
): Promise<void> {
  enforce(decideUpdate(actor, { status: dossier.status, operatorPath: operator.path }));
  await db.transaction(async (tx) => {
    const [open] = await tx
      .select({ review: dossiers.review })
      .from(dossiers)
      .where(and(eq(dossiers.id, dossier.id), inArray(dossiers.status, [...editableStatuses])))
      .for('update');
    if (!open) throw new HttpError('conflict');
    if (readReview({ id: dossier.id, review: open.review }).externalAppraisal?.attachmentId === attachmentId)
      throw new HttpError('conflict', [{ path: 'attachmentId', message: 'validation.attachmentInReview' }]);
    const [removed] = await tx
      .delete(dossierAttachments)
      .where(and(eq(dossierAttachments.id, attachmentId), eq(dossierAttachments.dossierId, dossier.id)))
      .returning({
        fileName: dossierAttachments.fileName,
        mediaType: dossierAttachments.mediaType,
        size: dossierAttachments.size,
        sha256: dossierAttachments.sha256,
      });
    if (!removed) throw notFound();
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'dossier',
      entityId: dossier.id,
      action: 'detach',
      organisationId: operator.id,
      before: { attachmentId, ...removed },
    });
  });
}
