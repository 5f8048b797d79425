import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Column, is, Param, Placeholder, SQL, sql, Subquery, Table, View } from 'drizzle-orm';
import { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { expect, test } from 'vitest';
import { auditEvents, dossiers, organisations } from '#server/db/schema/index.js';
import { operator } from '#server/modules/dossiers/queries.js';

/*
 * patches/drizzle-orm+0.45.4.patch keeps drizzle's answer to "is this value an X" per prototype and class, instead of
 * walking the class chain on every call (drizzle asks it for every piece of every statement and every field of every
 * row). The kept answer must be the walk's answer, whatever the value and the class.
 */

const entityKind = Symbol.for('drizzle:entityKind');

/** drizzle 0.45.4's own check, as it was before the patch. */
function walked(value: unknown, type: { [entityKind]?: string } & (abstract new (...args: never[]) => unknown)) {
  if (!value || typeof value !== 'object') return false;
  if (value instanceof type) return true;
  for (let cls = Object.getPrototypeOf(value).constructor; cls; cls = Object.getPrototypeOf(cls)) {
    if (entityKind in cls && cls[entityKind] === type[entityKind]) return true;
  }
  return false;
}

const values = {
  column: dossiers.id,
  jsonColumn: auditEvents.after,
  table: organisations,
  aliasedTable: operator,
  aliasedColumn: operator.path,
  sql: sql`select 1`,
  aliasedSql: sql<number>`1`.as('one'),
  param: new Param(1),
  placeholder: sql.placeholder('id'),
  subquery: new Subquery(sql`select 1`, {}, 'sq'),
  decodedSql: sql`x`.mapWith(Number),
  plainObject: { a: 1 },
  array: [1, 2],
  date: new Date(0),
};
const types = { Column, PgColumn, Table, PgTable, SQL, 'SQL.Aliased': SQL.Aliased, Param, Placeholder, Subquery, View };

test('the kept answer is the walk’s answer, for every value and class, asked once and again', () => {
  for (const [valueName, value] of Object.entries(values)) {
    for (const [typeName, type] of Object.entries(types)) {
      const expected = walked(value, type);
      // Twice: the first answer is worked out, the second is the kept one.
      expect([is(value, type as never), is(value, type as never)], `${valueName} is ${typeName}`).toEqual([
        expected,
        expected,
      ]);
    }
  }
  expect(is(dossiers.id, Column)).toBe(true);
  expect(is(sql`1`.as('one'), SQL)).toBe(false);
  expect(is(null, Column)).toBe(false);
  expect(is('text', SQL)).toBe(false);
});

test('the installed drizzle carries the patch, in its ES module and its CommonJS build', () => {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('drizzle-orm');
  for (const file of ['entity.js', 'entity.cjs']) {
    const source = readFileSync(entry.replace(/index\.c?js$/, file), 'utf8');
    expect(source, file).toContain('capdo: mended');
    expect(source, file).toContain('function walkIs(value, type)');
  }
});
