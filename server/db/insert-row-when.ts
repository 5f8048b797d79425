import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * `insert into table (columns) select values from source`: one row, written only when `source` (the name of a
 * CTE of the same statement) yields one. drizzle's insert takes VALUES, which cannot depend on another part of the
 * statement; here each value is bound as drizzle binds it for its column and cast to the column's type.
 */
export function insertRowWhen<T extends PgTable>(table: T, row: T['$inferInsert'], source: string): SQL {
  const columns: Record<string, PgColumn> = getTableColumns(table);
  const values: Record<string, unknown> = row;
  const keys = Object.keys(values).filter((key) => values[key] !== undefined);
  const names = keys.map((key) => sql.identifier(columns[key]!.name));
  const params = keys.map((key) => {
    const column = columns[key]!;
    return sql`${sql.param(values[key], column)}::${sql.raw(castType(column))}`;
  });
  return sql`insert into ${table} (${sql.join(names, sql`, `)})
    select ${sql.join(params, sql`, `)} from ${sql.identifier(source)}`;
}

/** A serial column's type as a cast names it. */
const castType = (column: PgColumn) =>
  column
    .getSQLType()
    .replace(/^bigserial$/, 'bigint')
    .replace(/^serial$/, 'integer');
