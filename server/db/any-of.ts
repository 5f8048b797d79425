import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = any($1::type[])`: the values travel as one array parameter. drizzle's inArray sends one parameter per
 * value, each typed and bound on its own, and a statement whose text changes with the list's length: for the 50 ids
 * of a list page, or the 200 ancestors of its units, that cost about 0.25 ms of the server's time per query
 * (docs/benchmarks.md). Same answer as inArray, an empty list included (no row matches).
 */
export function anyOf(column: PgColumn, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param(values)}::${sql.raw(column.getSQLType())}[])`;
}
