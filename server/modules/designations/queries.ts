import { and, asc, count, desc, eq, gte, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DesignationListQuery } from '#shared/designations/designations.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { designations, organisations } from '../../db/schema/index.js';
import { vietnameseOrder } from '../../db/vietnamese-order.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';

const designated = alias(organisations, 'designated');
const subtreeRoot = alias(organisations, 'subtree_root');

const orgColumns = (table: typeof designated | typeof subtreeRoot) => ({
  id: table.id,
  name: table.name,
  shortName: table.shortName,
  path: table.path,
});

/** A designation with the two organisations it names (their paths decide scope and who may edit it). */
export interface DesignationRow {
  designation: typeof designations.$inferSelect;
  designated: { id: string; name: string; shortName: string; path: string };
  root: { id: string; name: string; shortName: string; path: string };
}

/** In force on `day`: started on or before it, and open-ended or ending on or after it (both ends inclusive). */
const inForceOn = (day: string) =>
  and(lte(designations.validFrom, day), or(isNull(designations.validTo), gte(designations.validTo, day)));

/**
 * A designation is seen by whoever may read the subtree it is for; anything else is not found.
 * (Its designated body may lie outside that subtree: the subtree's people may know who reviews them.)
 */
const visible = (actor: Actor) => inScope(subtreeRoot.path, actor, 'organisation.read');

const selectRows = (db: Db | Tx) =>
  db
    .select({ designation: designations, designated: orgColumns(designated), root: orgColumns(subtreeRoot) })
    .from(designations)
    .innerJoin(designated, eq(designated.id, designations.designatedOrganisationId))
    .innerJoin(subtreeRoot, eq(subtreeRoot.id, designations.subtreeRootId));

export async function findVisibleDesignation(db: Db, actor: Actor, id: string): Promise<DesignationRow | undefined> {
  const [row] = await selectRows(db).where(and(eq(designations.id, id), visible(actor)));
  return row;
}

export async function listVisibleDesignations(db: Db, actor: Actor, query: DesignationListQuery) {
  const conditions: Array<SQL | undefined> = [visible(actor)];
  if (query.asOf) conditions.push(inForceOn(query.asOf));
  if (query.subtreeRootId) conditions.push(eq(designations.subtreeRootId, query.subtreeRootId));
  if (query.designatedOrganisationId)
    conditions.push(eq(designations.designatedOrganisationId, query.designatedOrganisationId));
  const where = and(...conditions);
  const [items, [totalRow]] = await Promise.all([
    selectRows(db)
      .where(where)
      .orderBy(
        asc(subtreeRoot.depth),
        ...vietnameseOrder(subtreeRoot.nameOrder),
        desc(designations.validFrom),
        asc(designations.id),
      )
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ total: count() })
      .from(designations)
      .innerJoin(subtreeRoot, eq(subtreeRoot.id, designations.subtreeRootId))
      .where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** Every designation in force on `day` with the subtree it covers and the unit it designates (in-force-today.ts). */
export function designationsInForceWithUnits(db: Db | Tx, day: string) {
  return db
    .select({ root: orgColumns(subtreeRoot), unit: orgColumns(designated) })
    .from(designations)
    .innerJoin(subtreeRoot, eq(subtreeRoot.id, designations.subtreeRootId))
    .innerJoin(designated, eq(designated.id, designations.designatedOrganisationId))
    .where(inForceOn(day));
}

/** Every designation in force on `day` with the path of the subtree it is for, whoever's scope it lies in. */
export function designationsInForce(db: Db | Tx, day: string) {
  return db
    .select({ id: designations.id, rootPath: subtreeRoot.path })
    .from(designations)
    .innerJoin(subtreeRoot, eq(subtreeRoot.id, designations.subtreeRootId))
    .where(inForceOn(day));
}

/** The designations, other than `exceptId`, in force on some day of [from, to] (to null: open-ended). */
export function designationsOverlapping(tx: Tx, exceptId: string, from: string, to: string | null) {
  return tx
    .select({
      id: designations.id,
      validFrom: designations.validFrom,
      rootPath: subtreeRoot.path,
      designatedName: designated.name,
    })
    .from(designations)
    .innerJoin(designated, eq(designated.id, designations.designatedOrganisationId))
    .innerJoin(subtreeRoot, eq(subtreeRoot.id, designations.subtreeRootId))
    .where(
      and(
        // the other ends on or after this one starts, and starts on or before this one ends
        or(isNull(designations.validTo), gte(designations.validTo, from)),
        to === null ? undefined : lte(designations.validFrom, to),
        ne(designations.id, exceptId),
      ),
    )
    .orderBy(asc(designations.validFrom), asc(designations.id));
}
