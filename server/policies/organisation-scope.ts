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
 * The WHERE clause that makes out-of-scope rows not exist: the path column lies under one of the actor's subtree
 * roots. Written as the range a prefix spans (from the root's path up to, not including, that path with its last
 * character raised by one) in the byte-wise operators of organisations_path_idx (text_pattern_ops), not as
 * `like root || '%'`: the same rows, but the statement is prepared once per connection (prepared-statements.ts) and
 * PostgreSQL plans it for any parameters after a few runs (its generic plan), and a generic plan can turn a range
 * of two parameters into an index scan but not a LIKE pattern. On the country benchmark a province appraiser's
 * inbox took 8.7 ms with LIKE (generic plan) and 2.9 ms with the range (docs/decisions.md).
 */
export function inScope(pathColumn: AnyColumn | SQL, actor: Actor, permission: Permission): SQL {
  return underAny(pathColumn, scopePaths(actor, permission));
}

/** The path column lies under one of these paths (each the range its prefix spans, as inScope says why). */
export function underAny(pathColumn: AnyColumn | SQL, paths: readonly string[]): SQL {
  return underRanges(
    pathColumn,
    paths.map((path) => [path, prefixEnd(path)]),
  );
}

/**
 * inScope for a statement built once and run with values (`.prepare`): the same ranges, their bounds placeholders
 * (`scope0`, `scopeEnd0`, ...) that scopeValues fills. One statement serves every actor with this many subtree roots.
 */
export function inScopePlaceholders(pathColumn: AnyColumn | SQL, count: number): SQL {
  return underRanges(
    pathColumn,
    Array.from({ length: count }, (_, i) => [sql.placeholder(`scope${i}`), sql.placeholder(`scopeEnd${i}`)]),
  );
}

/** The values of inScopePlaceholders for this actor, and how many roots the statement must have. */
export function scopeValues(actor: Actor, permission: Permission) {
  const paths = scopePaths(actor, permission);
  const values: Record<string, string> = {};
  paths.forEach((path, i) => {
    values[`scope${i}`] = path;
    values[`scopeEnd${i}`] = prefixEnd(path);
  });
  return { count: paths.length, values };
}

function underRanges(pathColumn: AnyColumn | SQL, ranges: ReadonlyArray<readonly [unknown, unknown]>): SQL {
  if (ranges.length === 0) return sql`false`;
  const conditions = ranges.map(([start, end]) => sql`(${pathColumn} ~>=~ ${start} and ${pathColumn} ~<~ ${end})`);
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** The first text after every text that starts with `prefix`: "a/b/" -> "a/b0". */
export const prefixEnd = (prefix: string) =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
