import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { designations, organisations } from '../../db/schema/index.js';
import { forbidden, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { canEditDesignation } from '../../policies/designation.policy.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import type { DesignationRow } from './queries.js';
import { lockDesignations } from './refuse-overlap.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { lockRoutingForChange, refreshNextActors } from '../dossiers/next-actor.js';
import { loadRegimes } from '../regimes/load-regimes.js';

/** Deletes a designation entered by mistake; the trail keeps it whole. */
export async function deleteDesignation(db: Db, actor: Actor, seen: DesignationRow, version: number) {
  if (!canEditDesignation(actor, seen.root.path, seen.designated.path)) throw forbidden();
  const regimes = await loadRegimes(db);
  await db.transaction(async (tx) => {
    await lockDesignations(tx);
    await lockRoutingForChange(tx);
    const [deleted] = await tx
      .delete(designations)
      .where(and(eq(designations.id, seen.designation.id), eq(designations.version, version)))
      .returning();
    if (!deleted) throw new HttpError('stale_version');
    const { designatedOrganisationId, subtreeRootId, validFrom, validTo, note } = deleted;
    // Dossiers awaiting approval under its subtree go to another unit, or to none (docs/inbox.md).
    const [root] = await tx
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, subtreeRootId));
    await refreshNextActors(tx, regimes, todayInVietnam(), { appraisedUnderPaths: root ? [root.path] : [] });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'designation',
      entityId: deleted.id,
      action: 'delete',
      organisationId: subtreeRootId,
      before: { designatedOrganisationId, subtreeRootId, validFrom, validTo, note },
    });
  });
}
