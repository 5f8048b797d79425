import { and, asc, count, eq, exists, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Role, UserListQuery } from '#shared/users/users.schemas.js';
import { matchesSearch, searchOrder } from '../../db/full-text-search.js';
import type { Db, Tx } from '../../db/open-db.js';
import { memberships, organisations, users } from '../../db/schema/index.js';
import { vietnameseOrder } from '../../db/vietnamese-order.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';
import type { HeldRole } from './rules.js';

/** What an account shows: never its password hash. */
export const accountColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  title: users.title,
  email: users.email,
  phone: users.phone,
  disabledAt: users.disabledAt,
  activatedAt: users.activatedAt,
  createdAt: users.createdAt,
  version: users.version,
};
export type AccountRow = { [K in keyof typeof accountColumns]: (typeof users.$inferSelect)[K] };

/**
 * The person holds a role (matching `also`, if given) at an organisation the actor administers: the scope is in
 * the WHERE clause, so for the actor nobody else exists.
 */
function holdsRoleInScope(db: Db | Tx, actor: Actor, also: SQL[] = []) {
  return exists(
    db
      .select({ one: sql`1` })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(and(eq(memberships.userId, users.id), inScope(organisations.path, actor, 'user.administer'), ...also)),
  );
}

export async function findVisibleUser(db: Db, actor: Actor, id: string): Promise<AccountRow | undefined> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .where(and(eq(users.id, id), holdsRoleInScope(db, actor)));
  return row;
}

/** One account whatever the scope: to answer with it after a change the caller was allowed to make. */
export async function loadAccount(db: Db, id: string): Promise<AccountRow> {
  const [row] = await db.select(accountColumns).from(users).where(eq(users.id, id));
  return row!;
}

export async function listVisibleUsers(db: Db, actor: Actor, query: UserListQuery) {
  const roleConditions: SQL[] = [];
  if (query.organisationId) {
    const under = sql`(select o.path || '%' from ${organisations} o where o.id = ${query.organisationId})`;
    roleConditions.push(sql`${organisations.path} like ${under}`);
  }
  if (query.role) roleConditions.push(eq(memberships.role, query.role));
  const conditions: SQL[] = [holdsRoleInScope(db, actor, roleConditions)];
  if (query.q) conditions.push(matchesSearch(users.searchVector, query.q));
  if (query.state === 'active') conditions.push(isNull(users.disabledAt));
  if (query.state === 'inactive') conditions.push(isNotNull(users.disabledAt));
  const where = and(...conditions);
  const [items, [totalRow]] = await Promise.all([
    db
      .select(accountColumns)
      .from(users)
      .where(where)
      .orderBy(...searchOrder(users.searchVector, query.q), ...vietnameseOrder(users.fullNameOrder), asc(users.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** Every role these people hold, wherever it is (the rules need all of them; the presenter shows some). */
export async function loadHeldRoles(db: Db | Tx, userIds: string[]): Promise<Map<string, HeldRole[]>> {
  const byUser = new Map<string, HeldRole[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: memberships.userId,
      membershipId: memberships.id,
      organisationId: organisations.id,
      organisationName: organisations.name,
      path: organisations.path,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(organisations.depth), ...vietnameseOrder(organisations.nameOrder), asc(memberships.role));
  for (const { userId, ...held } of rows) byUser.get(userId)?.push({ ...held, role: held.role as Role });
  return byUser;
}
