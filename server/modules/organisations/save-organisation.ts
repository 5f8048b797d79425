import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { toSearchText } from '#shared/common/search-text.js';
import type { OrganisationCreate, OrganisationUpdate } from '#shared/organisations/organisations.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { organisations } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { fieldError, forbidden, HttpError } from '../../http/http-error.js';
import { can } from '../../policies/organisation-scope.js';
import { findVisibleOrganisation, type OrganisationRow } from './queries.js';
import { escapeLike } from './queries.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf, changes } from '../audit/changes.js';

/** The parent must be visible to the actor (else the field is reported as unknown) and administered by them. */
async function requireParent(db: Db, actor: Actor, parentId: string) {
  const parent = await findVisibleOrganisation(db, actor, parentId);
  if (!parent) throw fieldError('parentId', 'validation.organisationNotInScope');
  if (!can(actor, 'organisation.create', parent.path)) throw forbidden();
  return parent;
}

/**
 * Every change to the tree's shape (a move, a new unit) takes this transaction-scoped lock first,
 * so they run one at a time, and reads again, once it holds it, the rows it builds paths from:
 * two moves checked against each other's old paths (A under B while B goes under A) would
 * otherwise both pass the cycle check and leave a loop, and a unit created under a parent that
 * is moving would keep the parent's old path. Moves are rare; waiting for one costs nothing.
 */
const TREE_LOCK = 7_434_002;

/** Takes the tree's lock, then reads these organisations as they stand now (missing ids are absent). */
async function lockTreeAndRead(tx: Tx, ids: string[]): Promise<Map<string, OrganisationRow>> {
  await tx.execute(sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
  const rows = await tx.select().from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The checks of requireParent and of the cycle, again on the rows as they stand under the tree's
 * lock: between the first checks and the lock, another move may have carried either of them
 * elsewhere (out of the actor's reach, or under the unit being moved).
 */
function recheckParent(actor: Actor, parent: OrganisationRow | undefined, moved?: OrganisationRow) {
  if (!parent || !can(actor, 'organisation.read', parent.path))
    throw fieldError('parentId', 'validation.organisationNotInScope');
  if (!can(actor, 'organisation.create', parent.path)) throw forbidden();
  if (moved && parent.path.startsWith(moved.path)) throw fieldError('parentId', 'validation.parentCycle');
  return parent;
}

export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreate): Promise<OrganisationRow> {
  await requireParent(db, actor, input.parentId);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    const parent = recheckParent(actor, (await lockTreeAndRead(tx, [input.parentId])).get(input.parentId));
    const [row] = await tx
      .insert(organisations)
      .values({
        id,
        parentId: parent.id,
        kind: input.kind,
        name: input.name,
        shortName: input.shortName,
        place: input.place,
        path: `${parent.path}${id}/`,
        depth: parent.depth + 1,
        searchText: toSearchText(`${input.name} ${input.shortName}`),
      })
      .returning();
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'organisation',
      entityId: id,
      action: 'create',
      organisationId: id,
      after: input,
    });
    return row!;
  });
}

/**
 * Updates fields and, when parentId changes, moves the whole subtree: every descendant's path
 * is rewritten in the same transaction, guarded by the version the caller saw.
 */
export async function updateOrganisation(db: Db, actor: Actor, seenRow: OrganisationRow, input: OrganisationUpdate) {
  if (!can(actor, 'organisation.update', seenRow.path)) throw forbidden();
  const { version, parentId, ...fields } = input;
  const moving = parentId !== undefined && parentId !== seenRow.parentId;
  const seenParent = moving ? await requireParent(db, actor, parentId) : undefined;
  if (seenParent && seenParent.path.startsWith(seenRow.path)) throw fieldError('parentId', 'validation.parentCycle');

  return db.transaction(async (tx) => {
    let current = seenRow;
    let parent: OrganisationRow | undefined;
    if (moving) {
      const now = await lockTreeAndRead(tx, [seenRow.id, parentId]);
      const moved = now.get(seenRow.id);
      // Changed by someone else since the caller read it: 409, as the UPDATE below would answer.
      if (!moved || moved.version !== version) throw new HttpError('stale_version');
      // An ancestor's move rewrites the path without a new version: only the path read now is ours to use.
      if (!can(actor, 'organisation.update', moved.path)) throw forbidden();
      parent = recheckParent(actor, now.get(parentId), moved);
      current = moved;
    }
    const name = fields.name ?? current.name;
    const shortName = fields.shortName ?? current.shortName;
    const newPath = parent ? `${parent.path}${current.id}/` : current.path;
    const [updated] = await tx
      .update(organisations)
      .set({
        ...fields,
        ...(parent ? { parentId: parent.id, path: newPath, depth: parent.depth + 1 } : {}),
        searchText: toSearchText(`${name} ${shortName}`),
        version: sql`${organisations.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(organisations.id, current.id), eq(organisations.version, version)))
      .returning();
    if (!updated) throw new HttpError('stale_version');
    const diff = changes(current, { ...fields, ...(parent ? { parentId: parent.id } : {}) });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'organisation',
      entityId: current.id,
      action: 'update',
      organisationId: current.id,
      ...diff,
    });
    if (parent) {
      const depthShift = parent.depth + 1 - current.depth;
      await tx
        .update(organisations)
        .set({
          path: sql`${newPath} || substr(${organisations.path}, ${current.path.length + 1})`,
          depth: sql`${organisations.depth} + ${depthShift}`,
        })
        .where(
          and(like(organisations.path, `${escapeLike(current.path)}%`), sql`${organisations.id} <> ${current.id}`),
        );
    }
    return updated;
  });
}
