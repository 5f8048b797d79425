import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { RedeterminationReason } from '#shared/systems/redetermination.js';
import type { Tx } from '../../db/open-db.js';
import { dossiers, dossierSystems, informationSystems } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import type { AuditEventInput } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import type { DossierRecord } from './queries.js';

export interface ApprovalDecision {
  number: string;
  date: string;
  issuer: { id: string; name: string };
}

/**
 * What an approval changes beyond the dossier, in the approval's transaction: each system takes
 * its proposed level as its approved level with the decision (and no pending re-determination),
 * and every earlier approved dossier covering one of these systems is superseded.
 *
 * It returns the audit events instead of appending them: the caller appends them after every row
 * is written, because appending takes the chain's lock, and taking a row lock while holding it
 * could deadlock with a system saved at the same moment (which locks its row, then the chain).
 */
export async function applyApproval(
  tx: Tx,
  actor: Actor,
  record: DossierRecord,
  decision: ApprovalDecision,
): Promise<AuditEventInput[]> {
  const events: AuditEventInput[] = [];
  const noReasons: RedeterminationReason[] = [];
  const { dossier } = record;
  const systemIds = record.systems.map((system) => system.systemId);
  const currentSystems = await tx.select().from(informationSystems).where(inArray(informationSystems.id, systemIds));
  for (const system of record.systems) {
    const before = currentSystems.find((row) => row.id === system.systemId)!;
    const after = {
      approvedLevel: system.proposedLevel,
      approvalDecisionNumber: decision.number,
      approvalDecisionDate: decision.date,
      approvalDecisionIssuer: decision.issuer.name,
      approvalRegime: dossier.regime,
      redeterminationReasons: noReasons,
    };
    await tx
      .update(informationSystems)
      .set({ ...after, version: sql`${informationSystems.version} + 1`, updatedAt: new Date() })
      .where(eq(informationSystems.id, system.systemId));
    events.push({
      ...actorOf(actor),
      entityType: 'system',
      entityId: system.systemId,
      action: 'approveLevel',
      organisationId: before.operatorOrganisationId,
      before: {
        approvedLevel: before.approvedLevel,
        approvalDecisionNumber: before.approvalDecisionNumber,
        approvalDecisionDate: before.approvalDecisionDate,
        approvalDecisionIssuer: before.approvalDecisionIssuer,
        approvalRegime: before.approvalRegime,
        redeterminationReasons: before.redeterminationReasons,
      },
      after: { ...after, dossierId: dossier.id },
    });
  }

  const superseded = await tx
    .update(dossiers)
    .set({ status: 'superseded', version: sql`${dossiers.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(dossiers.status, 'approved'),
        ne(dossiers.id, dossier.id),
        inArray(
          dossiers.id,
          tx
            .select({ id: dossierSystems.dossierId })
            .from(dossierSystems)
            .where(inArray(dossierSystems.systemId, systemIds)),
        ),
      ),
    )
    .returning({ id: dossiers.id, operatorOrganisationId: dossiers.operatorOrganisationId });
  for (const old of superseded) {
    events.push({
      ...actorOf(actor),
      entityType: 'dossier',
      entityId: old.id,
      action: 'supersede',
      organisationId: old.operatorOrganisationId,
      before: { status: 'approved' },
      after: { status: 'superseded', supersededBy: dossier.id },
      comment: `Quyết định số ${decision.number}`,
    });
  }
  return events;
}
