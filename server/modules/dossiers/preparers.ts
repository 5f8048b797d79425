import { and, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { auditEvents, dossiers, dossierSystems } from '../../db/schema/index.js';

/**
 * The events that change what a reviewer looks at: the dossier's content and systems (create,
 * update), its files (attach, detach), and the records of the systems it covers (create, update). A
 * system's approveLevel is the approver's own act, not preparation, so it is left out.
 */
export const dossierPreparingActions = ['create', 'update', 'attach', 'detach'];
export const systemPreparingActions = ['create', 'update'];

/**
 * Everyone who prepared each of these dossiers, as the audit trail (the one record of who changed what) says it:
 * whoever created it, saved its draft or attached a file, in any round, and whoever changed the record of a system
 * it covers since it was created. Every round counts: a resubmission is reviewed whole, with what earlier rounds
 * wrote still in it, as the submitters of earlier rounds stay barred (plan-transition.ts).
 *
 * It reads and sorts every event of the dossiers, every autosave, so requests read dossier_preparers instead
 * (relatedColumns in queries.ts, the inbox's separation of duties), which the writers keep equal to this
 * definition (preparer-rows.ts, whose recompute is this query as one INSERT); the tests compare the two.
 */
export async function preparersFromAuditTrail(db: Db | Tx, dossierIds: string[]): Promise<Map<string, string[]>> {
  const preparers = new Map<string, string[]>();
  if (dossierIds.length === 0) return preparers;
  const [ofDossiers, ofSystems] = await Promise.all([
    db
      .selectDistinct({ dossierId: auditEvents.entityId, userId: auditEvents.actorUserId })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, 'dossier'),
          inArray(auditEvents.entityId, dossierIds),
          inArray(auditEvents.action, dossierPreparingActions),
          isNotNull(auditEvents.actorUserId),
        ),
      ),
    db
      .selectDistinct({ dossierId: dossierSystems.dossierId, userId: auditEvents.actorUserId })
      .from(dossierSystems)
      .innerJoin(dossiers, eq(dossiers.id, dossierSystems.dossierId))
      .innerJoin(
        auditEvents,
        and(
          eq(auditEvents.entityType, 'system'),
          eq(auditEvents.entityId, sql`${dossierSystems.systemId}::text`),
          gte(auditEvents.at, dossiers.createdAt),
        ),
      )
      .where(
        and(
          inArray(dossierSystems.dossierId, dossierIds),
          inArray(auditEvents.action, systemPreparingActions),
          isNotNull(auditEvents.actorUserId),
        ),
      ),
  ]);
  for (const { dossierId, userId } of [...ofDossiers, ...ofSystems]) {
    const list = preparers.get(dossierId) ?? [];
    if (userId && !list.includes(userId)) list.push(userId);
    preparers.set(dossierId, list);
  }
  return preparers;
}
