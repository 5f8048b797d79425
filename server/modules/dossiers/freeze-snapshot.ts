import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/open-db.js';
import {
  dossierAttachments,
  dossiers,
  dossierSnapshots,
  dossierSystems,
  informationSystems,
  organisations,
} from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { canonicalJson } from '../audit/canonical-json.js';
import { reviewWithoutReturns } from './queries.js';
import { readReview } from './read-review.js';

type SnapshotKind = 'submission' | 'approval';

/** SHA-256 of a snapshot's content, over its canonical JSON: what jsonb gives back hashes the same. */
const snapshotHash = (content: unknown) => createHash('sha256').update(canonicalJson(content)).digest('hex');

/**
 * Freezes what was submitted or approved, read inside the transition's transaction (after its
 * update): title, regime, operator, systems with their assessments, content, proposed level and the
 * attached files' hashes; an approval also keeps its decision. Snapshots are only ever inserted.
 */
export async function freezeSnapshot(tx: Tx, actor: Actor, dossierId: string, kind: SnapshotKind): Promise<void> {
  const [row] = await tx
    .select({
      // What the snapshot keeps; the review without its history of returns, which it does not keep.
      dossier: {
        id: dossiers.id,
        title: dossiers.title,
        regime: dossiers.regime,
        proposedLevel: dossiers.proposedLevel,
        content: dossiers.content,
        review: reviewWithoutReturns,
      },
      operator: { id: organisations.id, name: organisations.name },
    })
    .from(dossiers)
    .innerJoin(organisations, eq(organisations.id, dossiers.operatorOrganisationId))
    .where(eq(dossiers.id, dossierId));
  const { dossier, operator } = row!;
  const [systems, attachments] = await Promise.all([
    tx
      .select({
        systemId: dossierSystems.systemId,
        name: informationSystems.name,
        proposedLevel: dossierSystems.proposedLevel,
        assessment: dossierSystems.assessment,
      })
      .from(dossierSystems)
      .innerJoin(informationSystems, eq(informationSystems.id, dossierSystems.systemId))
      .where(eq(dossierSystems.dossierId, dossierId))
      .orderBy(asc(dossierSystems.systemId)),
    tx
      .select({
        id: dossierAttachments.id,
        fileName: dossierAttachments.fileName,
        mediaType: dossierAttachments.mediaType,
        size: dossierAttachments.size,
        sha256: dossierAttachments.sha256,
      })
      .from(dossierAttachments)
      .where(eq(dossierAttachments.dossierId, dossierId))
      .orderBy(asc(dossierAttachments.createdAt), asc(dossierAttachments.id)),
  ]);
  const frozen = {
    title: dossier.title,
    regime: dossier.regime,
    operator,
    proposedLevel: dossier.proposedLevel,
    systems,
    content: dossier.content,
    attachments,
    ...(kind === 'approval' ? { decision: readReview(dossier).decision ?? null } : {}),
  };
  // Hash exactly what jsonb will give back (no undefined, dates as strings).
  const content = JSON.parse(JSON.stringify(frozen)) as Record<string, unknown>;
  await tx
    .insert(dossierSnapshots)
    .values({ dossierId, kind, content, sha256: snapshotHash(content), createdBy: actor.userId });
}
