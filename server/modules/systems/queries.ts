import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { SystemListQuery } from '#shared/systems/systems.schemas.js';
import { matchesSearch, searchOrder } from '../../db/full-text-search.js';
import {
  cappedCount,
  decodeCursor,
  encodeCursor,
  LIST_COUNT_LIMIT,
  nameKeySchema,
  pageWithNext,
  uuidKeySchema,
} from '../../db/keyset.js';
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

/**
 * Where a system stands in the list's order (operator's name, system's name, id): the two names as stored (their order
 * keys are computed from them in SQL by vietnamese_order_key, as the stored name_order columns are) and the id.
 */
const systemKeySchema = z.tuple([nameKeySchema, nameKeySchema, uuidKeySchema]);

/**
 * A page of the systems in scope, by operating unit then name: the planner walks the units in name order
 * (organisations_name_order_idx) and each unit's systems in order (information_systems_list_order_idx), so a page
 * reads only its own rows; the next page starts after the last row's key (docs/lists.md).
 */
export async function listVisibleSystems(
  db: Db,
  actor: Actor,
  query: SystemListQuery,
  { countLimit = LIST_COUNT_LIMIT }: { countLimit?: number } = {},
) {
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

  const searching = Boolean(query.q);
  const position = query.cursor
    ? decodeCursor(query.cursor, 'systems', systemKeySchema, { searching })
    : { offset: query.offset };
  let pageWhere = where;
  if ('key' in position) {
    const [operatorName, systemName, id] = position.key;
    const operatorKey = sql`vietnamese_order_key(${operatorName}::text) collate "C"`;
    pageWhere = and(
      where,
      // The first term alone bounds the walk over the units' index; the row comparison places the page exactly.
      sql`${operator.nameOrder} collate "C" >= ${operatorKey}`,
      sql`(${operator.nameOrder} collate "C", ${informationSystems.nameOrder} collate "C", ${informationSystems.id})
          > (${operatorKey}, vietnamese_order_key(${systemName}::text) collate "C", ${id}::uuid)`,
    );
  }
  const offset = 'offset' in position ? position.offset : 0;
  const [rows, total] = await Promise.all([
    selectSystems(db)
      .where(pageWhere)
      .orderBy(
        ...searchOrder(informationSystems.searchVector, query.q),
        ...vietnameseOrder(operator.nameOrder),
        ...vietnameseOrder(informationSystems.nameOrder),
        asc(informationSystems.id),
      )
      .limit(query.limit + 1)
      .offset(offset),
    cappedCount(
      db,
      db
        .select({ one: sql`1` })
        .from(informationSystems)
        .innerJoin(operator, eq(operator.id, informationSystems.operatorOrganisationId))
        .where(where),
      countLimit,
    ),
  ]);
  const page = pageWithNext(rows, query.limit, (last) =>
    encodeCursor(
      'systems',
      searching ? { offset: offset + query.limit } : { key: [last.operator.name, last.system.name, last.system.id] },
    ),
  );
  return { ...page, ...total };
}
