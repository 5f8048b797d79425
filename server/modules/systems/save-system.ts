import { and, eq, sql } from 'drizzle-orm';
import { toSearchText } from '../../../shared/common/search-text.js';
import type { SystemCreate, SystemUpdate } from '../../../shared/systems/systems.schemas.js';
import type { Db } from '../../db/open-db.js';
import { informationSystems } from '../../db/schema/index.js';
import { fieldError, forbidden, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import { findVisibleOrganisation, pathIds } from '../organisations/queries.js';
import type { SystemRecord } from './queries.js';

/**
 * The operator must be a unit the actor may register systems for; the owner (chủ quản) must be
 * the operator itself or a body above it.
 */
async function checkOrganisations(db: Db, actor: Actor, operatorId: string, ownerId: string) {
  const operator = await findVisibleOrganisation(db, actor, operatorId);
  if (!operator) throw fieldError('operatorOrganisationId', 'validation.organisationNotInScope');
  if (!can(actor, 'system.create', operator.path)) throw forbidden();
  if (!pathIds(operator.path).includes(ownerId)) throw fieldError('ownerOrganisationId', 'validation.ownerNotAncestor');
}

const searchTextOf = (name: string, address: string) => toSearchText(`${name} ${address}`);

export async function createSystem(db: Db, actor: Actor, input: SystemCreate): Promise<string> {
  await checkOrganisations(db, actor, input.operatorOrganisationId, input.ownerOrganisationId);
  const [row] = await db
    .insert(informationSystems)
    .values({ ...input, searchText: searchTextOf(input.name, input.address) })
    .returning({ id: informationSystems.id });
  return row!.id;
}

/** One conditional UPDATE: a save based on an old version changes nothing and answers 409. */
export async function updateSystem(db: Db, actor: Actor, current: SystemRecord, input: SystemUpdate): Promise<void> {
  if (!can(actor, 'system.update', current.operator.path)) throw forbidden();
  const { version, ...fields } = input;
  const operatorId = fields.operatorOrganisationId ?? current.system.operatorOrganisationId;
  const ownerId = fields.ownerOrganisationId ?? current.system.ownerOrganisationId;
  if (fields.operatorOrganisationId !== undefined || fields.ownerOrganisationId !== undefined) {
    await checkOrganisations(db, actor, operatorId, ownerId);
  }
  const name = fields.name ?? current.system.name;
  const address = fields.address ?? current.system.address;
  const updated = await db
    .update(informationSystems)
    .set({ ...fields, searchText: searchTextOf(name, address), version: sql`${informationSystems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(informationSystems.id, current.system.id), eq(informationSystems.version, version)))
    .returning({ id: informationSystems.id });
  if (updated.length === 0) throw new HttpError('stale_version');
}
