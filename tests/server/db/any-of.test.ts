import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { anyOf } from '#server/db/any-of.js';
import { organisations } from '#server/db/schema/index.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';

/* anyOf sends a list as one array parameter: it must select what drizzle's inArray selects, on both databases. */

let testDb: TestDb;
beforeAll(async () => {
  testDb = await openTestDb();
});
afterAll(() => testDb?.close());

const ids = (where: ReturnType<typeof anyOf>) =>
  testDb.db.select({ id: organisations.id }).from(organisations).where(where).orderBy(asc(organisations.id));

test('uuid and text columns, values absent from the table, and an empty list', async () => {
  const all = await ids(anyOf(organisations.id, []));
  expect(all).toEqual([]);
  const some = (await testDb.db.select({ id: organisations.id, name: organisations.name }).from(organisations)).slice(
    0,
    3,
  );
  expect(some).toHaveLength(3);
  const wanted = [...some.map((row) => row.id), '00000000-0000-4000-8000-000000000000'];
  expect(await ids(anyOf(organisations.id, wanted))).toEqual(await ids(inArray(organisations.id, wanted)));
  expect((await ids(anyOf(organisations.id, wanted))).map((row) => row.id).sort()).toEqual(
    some.map((row) => row.id).sort(),
  );
  // Names with a quote, a comma and braces travel as they are (no array literal is written by hand).
  const names = [...some.map((row) => row.name), 'Xã "Định", {Tân}'];
  expect(await ids(anyOf(organisations.name, names))).toEqual(await ids(inArray(organisations.name, names)));
});
