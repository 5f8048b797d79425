import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { OrganisationListQuery } from '#shared/organisations/organisations.schemas.js';
import { matchesSearch, searchOrder } from '../../db/full-text-search.js';
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

export async function listVisibleOrganisations(db: Db, actor: Actor, query: OrganisationListQuery) {
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
  const [items, [totalRow]] = await Promise.all([
    db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(
        ...searchOrder(organisations.searchVector, query.q),
        asc(organisations.depth),
        ...vietnameseOrder(organisations.nameOrder),
        asc(organisations.id),
      )
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(organisations).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
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
