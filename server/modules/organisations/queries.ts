import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { OrganisationListQuery } from '#shared/organisations/organisations.schemas.js';
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
import { organisations } from '../../db/schema/index.js';
import { vietnameseOrder } from '../../db/vietnamese-order.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';
import type { Permission } from '../../policies/permissions.js';

export type OrganisationRow = typeof organisations.$inferSelect;

/** The ids on a path, root first: "a/b/c/" -> [a, b, c]. */
export const pathIds = (path: string) => path.split('/').filter(Boolean);

/** One organisation, or undefined when it does not exist or lies outside the actor's scope. */
export async function findVisibleOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  permission: Permission = 'organisation.read',
) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), inScope(organisations.path, actor, permission)));
  return row;
}

/** Where an organisation stands in the list's order (depth, name, id); its name's order key is computed in SQL. */
const organisationKeySchema = z.tuple([z.number().int().min(0).max(1000), nameKeySchema, uuidKeySchema]);

/**
 * A page of the organisations in scope, in tree order (depth, then name), read through organisations_list_order_idx;
 * the next page starts after the last row's key (docs/lists.md), and the total is counted up to countLimit.
 */
export async function listVisibleOrganisations(
  db: Db,
  actor: Actor,
  query: OrganisationListQuery,
  { countLimit = LIST_COUNT_LIMIT }: { countLimit?: number } = {},
) {
  const conditions: SQL[] = [inScope(organisations.path, actor, 'organisation.read')];
  if (query.q) conditions.push(matchesSearch(organisations.searchVector, query.q));
  if (query.parentId) conditions.push(eq(organisations.parentId, query.parentId));
  if (query.kind) conditions.push(eq(organisations.kind, query.kind));
  if (query.under) {
    conditions.push(
      sql`${organisations.path} like (select o.path || '%' from ${organisations} o where o.id = ${query.under})`,
    );
  }
  const where = and(...conditions);

  const searching = Boolean(query.q);
  const position = query.cursor
    ? decodeCursor(query.cursor, 'organisations', organisationKeySchema, { searching })
    : { offset: query.offset };
  const pageWhere =
    'key' in position
      ? and(
          where,
          sql`(${organisations.depth}, ${organisations.nameOrder} collate "C", ${organisations.id})
              > (${position.key[0]}::integer, vietnamese_order_key(${position.key[1]}::text) collate "C",
                 ${position.key[2]}::uuid)`,
        )
      : where;
  const offset = 'offset' in position ? position.offset : 0;
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(pageWhere)
      .orderBy(
        ...searchOrder(organisations.searchVector, query.q),
        asc(organisations.depth),
        ...vietnameseOrder(organisations.nameOrder),
        asc(organisations.id),
      )
      .limit(query.limit + 1)
      .offset(offset),
    cappedCount(
      db,
      db
        .select({ one: sql`1` })
        .from(organisations)
        .where(where),
      countLimit,
    ),
  ]);
  const page = pageWithNext(rows, query.limit, (last) =>
    encodeCursor(
      'organisations',
      searching ? { offset: offset + query.limit } : { key: [last.depth, last.name, last.id] },
    ),
  );
  return { ...page, ...total };
}

/** Names of every ancestor of these rows and how many children each row has, in two queries. */
export async function loadTreeContext(db: Db, rows: OrganisationRow[]) {
  const ancestorIds = [...new Set(rows.flatMap((row) => pathIds(row.path).slice(0, -1)))];
  const rowIds = rows.map((row) => row.id);
  const [ancestors, children] = await Promise.all([
    ancestorIds.length
      ? db
          .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName })
          .from(organisations)
          .where(inArray(organisations.id, ancestorIds))
      : [],
    rowIds.length
      ? db
          .select({ parentId: organisations.parentId, n: count() })
          .from(organisations)
          .where(inArray(organisations.parentId, rowIds))
          .groupBy(organisations.parentId)
      : [],
  ]);
  return {
    refs: new Map(ancestors.map((a) => [a.id, a])),
    childCounts: new Map(children.map((c) => [c.parentId!, c.n])),
  };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
