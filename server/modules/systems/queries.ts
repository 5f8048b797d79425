import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SystemListQuery } from '#shared/systems/systems.schemas.js';
import { matchesSearch, searchOrder } from '../../db/full-text-search.js';
import type { Db } from '../../db/open-db.js';
import { informationSystems, organisations } from '../../db/schema/index.js';
import { vietnameseOrder } from '../../db/vietnamese-order.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';

const operator = alias(organisations, 'operator');
const owner = alias(organisations, 'owner');

/** A system is in scope when its operating unit is. */
const selection = {
  system: informationSystems,
  operator: { id: operator.id, name: operator.name, shortName: operator.shortName, path: operator.path },
  owner: { id: owner.id, name: owner.name, shortName: owner.shortName },
};

export type SystemRecord = Awaited<ReturnType<typeof findVisibleSystem>> & {};

function selectSystems(db: Db) {
  return db
    .select(selection)
    .from(informationSystems)
    .innerJoin(operator, eq(operator.id, informationSystems.operatorOrganisationId))
    .innerJoin(owner, eq(owner.id, informationSystems.ownerOrganisationId));
}

export async function findVisibleSystem(db: Db, actor: Actor, id: string) {
  const [row] = await selectSystems(db).where(
    and(eq(informationSystems.id, id), inScope(operator.path, actor, 'system.read')),
  );
  return row;
}

export async function listVisibleSystems(db: Db, actor: Actor, query: SystemListQuery) {
  const conditions: SQL[] = [inScope(operator.path, actor, 'system.read')];
  if (query.q) conditions.push(matchesSearch(informationSystems.searchVector, query.q));
  if (query.organisationId) {
    conditions.push(
      sql`${operator.path} like (select o.path || '%' from ${organisations} o where o.id = ${query.organisationId})`,
    );
  }
  if (query.systemType) conditions.push(eq(informationSystems.systemType, query.systemType));
  if (query.status) conditions.push(eq(informationSystems.status, query.status));
  if (query.level === 'none') conditions.push(isNull(informationSystems.approvedLevel));
  else if (query.level) conditions.push(eq(informationSystems.approvedLevel, Number(query.level)));
  const where = and(...conditions);
  const [items, [totalRow]] = await Promise.all([
    selectSystems(db)
      .where(where)
      .orderBy(
        ...searchOrder(informationSystems.searchVector, query.q),
        ...vietnameseOrder(operator.nameOrder),
        ...vietnameseOrder(informationSystems.nameOrder),
        asc(informationSystems.id),
      )
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ total: count() })
      .from(informationSystems)
      .innerJoin(operator, eq(operator.id, informationSystems.operatorOrganisationId))
      .where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}
