import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Actor } from './actor.js';
import type { Permission } from './permissions.js';

/** May the actor do `permission` on an organisation with this path (or on a record it owns)? */
export function can(actor: Actor, permission: Permission, organisationPath: string): boolean {
  return actor.grants.some((grant) => grant.permissions.has(permission) && organisationPath.startsWith(grant.path));
}

/** The subtree roots where the actor holds `permission`, without roots already covered by another. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants.filter((grant) => grant.permissions.has(permission)).map((grant) => grant.path);
  const unique = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return unique.filter((path, index) => !unique.slice(0, index).some((shorter) => path.startsWith(shorter)));
}

/**
 * The WHERE clause that makes out-of-scope rows not exist: the path column lies under one of
 * the actor's subtree roots. Ids are UUIDs, so a path never holds LIKE wildcards.
 */
export function inScope(pathColumn: AnyColumn | SQL, actor: Actor, permission: Permission): SQL {
  const paths = scopePaths(actor, permission);
  if (paths.length === 0) return sql`false`;
  const conditions = paths.map((path) => sql`${pathColumn} like ${path + '%'}`);
  return sql`(${sql.join(conditions, sql` or `)})`;
}
