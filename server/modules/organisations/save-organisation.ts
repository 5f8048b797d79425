import { and, eq, like, sql } from 'drizzle-orm';
import { toSearchText } from '#shared/common/search-text.js';
import type { OrganisationCreate, OrganisationUpdate } from '#shared/organisations/organisations.schemas.js';
import type { Db } from '../../db/open-db.js';
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

export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreate): Promise<OrganisationRow> {
  const parent = await requireParent(db, actor, input.parentId);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
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
export async function updateOrganisation(db: Db, actor: Actor, current: OrganisationRow, input: OrganisationUpdate) {
  if (!can(actor, 'organisation.update', current.path)) throw forbidden();
  const { version, parentId, ...fields } = input;
  const moving = parentId !== undefined && parentId !== current.parentId;
  const parent = moving ? await requireParent(db, actor, parentId) : undefined;
  if (parent && parent.path.startsWith(current.path)) throw fieldError('parentId', 'validation.parentCycle');

  return db.transaction(async (tx) => {
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
