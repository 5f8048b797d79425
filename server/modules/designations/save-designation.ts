import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DesignationCreate, DesignationUpdate } from '#shared/designations/designations.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { designations, organisations } from '../../db/schema/index.js';
import { fieldError, forbidden, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { canEditDesignation } from '../../policies/designation.policy.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf, changes } from '../audit/changes.js';
import { findVisibleOrganisation } from '../organisations/queries.js';
import type { DesignationRow } from './queries.js';
import { lockDesignations, refuseOverlap } from './refuse-overlap.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { lockRoutingForChange, refreshNextActors } from '../dossiers/next-actor.js';
import { loadRegimes } from '../regimes/load-regimes.js';

type Field = 'subtreeRootId' | 'designatedOrganisationId';

/** An organisation the designation names: one the actor cannot see is reported on its field as unknown. */
async function requireOrganisation(db: Db, actor: Actor, field: Field, id: string) {
  const row = await findVisibleOrganisation(db, actor, id);
  if (!row) throw fieldError(field, 'validation.organisationNotInScope');
  return row;
}

/** The subtree and the body, both seen by the actor and both inside a province the actor administers. */
async function requireEditable(db: Db, actor: Actor, subtreeRootId: string, designatedOrganisationId: string) {
  const root = await requireOrganisation(db, actor, 'subtreeRootId', subtreeRootId);
  const designated = await requireOrganisation(db, actor, 'designatedOrganisationId', designatedOrganisationId);
  if (!canEditDesignation(actor, root.path, designated.path)) throw forbidden();
}

/** The subtree's path as it is now, inside the transaction: a unit moved since the first read is judged where it is. */
async function currentPath(tx: Tx, id: string) {
  const [row] = await tx.select({ path: organisations.path }).from(organisations).where(eq(organisations.id, id));
  return row!.path;
}

export async function createDesignation(db: Db, actor: Actor, input: DesignationCreate): Promise<string> {
  await requireEditable(db, actor, input.subtreeRootId, input.designatedOrganisationId);
  const id = randomUUID();
  const regimes = await loadRegimes(db);
  await db.transaction(async (tx) => {
    await lockDesignations(tx);
    await lockRoutingForChange(tx);
    const rootPath = await currentPath(tx, input.subtreeRootId);
    await refuseOverlap(tx, { id, rootPath, validFrom: input.validFrom, validTo: input.validTo });
    await tx.insert(designations).values({ id, ...input });
    // Dossiers awaiting approval under the subtree may now go to this unit (docs/inbox.md).
    await refreshNextActors(tx, regimes, todayInVietnam(), { appraisedUnderPaths: [rootPath] });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'designation',
      entityId: id,
      action: 'create',
      organisationId: input.subtreeRootId,
      after: input,
    });
  });
  return id;
}

/** Changes a designation, guarded by the version the caller saw; the result must still leave no unit covered twice. */
export async function updateDesignation(db: Db, actor: Actor, seen: DesignationRow, input: DesignationUpdate) {
  if (!canEditDesignation(actor, seen.root.path, seen.designated.path)) throw forbidden();
  const { version, ...fields } = input;
  const current = seen.designation;
  const merged = {
    designatedOrganisationId: fields.designatedOrganisationId ?? current.designatedOrganisationId,
    subtreeRootId: fields.subtreeRootId ?? current.subtreeRootId,
    validFrom: fields.validFrom ?? current.validFrom,
    validTo: fields.validTo === undefined ? current.validTo : fields.validTo,
    note: fields.note ?? current.note,
  };
  if (merged.validTo !== null && merged.validTo < merged.validFrom)
    throw fieldError('validTo', 'validation.designationEndsBeforeStart');
  await requireEditable(db, actor, merged.subtreeRootId, merged.designatedOrganisationId);

  const regimes = await loadRegimes(db);
  await db.transaction(async (tx) => {
    await lockDesignations(tx);
    await lockRoutingForChange(tx);
    const [now] = await tx
      .select({ version: designations.version })
      .from(designations)
      .where(eq(designations.id, current.id));
    // Changed or deleted by someone else since the caller read it: 409 before anything is judged on old data.
    if (now?.version !== version) throw new HttpError('stale_version');
    const rootPath = await currentPath(tx, merged.subtreeRootId);
    await refuseOverlap(tx, { id: current.id, rootPath, validFrom: merged.validFrom, validTo: merged.validTo });
    const [updated] = await tx
      .update(designations)
      .set({ ...merged, version: sql`${designations.version} + 1` })
      .where(and(eq(designations.id, current.id), eq(designations.version, version)))
      .returning({ id: designations.id });
    if (!updated) throw new HttpError('stale_version');
    // Under the subtree it covered and the one it covers now, approvals may go elsewhere (docs/inbox.md).
    const paths = [await currentPath(tx, current.subtreeRootId), rootPath];
    await refreshNextActors(tx, regimes, todayInVietnam(), { appraisedUnderPaths: paths });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'designation',
      entityId: current.id,
      action: 'update',
      organisationId: merged.subtreeRootId,
      ...changes(current, fields),
    });
  });
}
