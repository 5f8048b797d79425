import { count, sql, type Subquery } from 'drizzle-orm';
import { z } from 'zod';
import { fieldError } from '../http/http-error.js';
import type { Db } from './open-db.js';

/*
 * Keyset paging for the lists (docs/lists.md). A page ends with the sort key of its last row, and the next page starts
 * strictly after it with a WHERE on that key, which an index in the list's order answers by reading only the rows it
 * returns: page 400 costs what page 1 costs, where an OFFSET reads and throws away every row before it. The key goes
 * to the client as an opaque cursor (base64url of a small JSON), so its shape can change without changing the
 * contract. A search orders by relevance first, which no index holds: its cursor carries an offset instead (searches
 * narrow the rows to a few hundred, so the offset stays cheap).
 */

/** Which list a cursor belongs to: a cursor of one list handed to another is refused. */
export type KeysetList = 'dossiers' | 'systems' | 'organisations';

/** Where the next page starts: after a row's sort key, or (searches) at an offset. */
export type Position<K> = { key: K } | { offset: number };

const envelopeSchema = z.union([
  z.object({ v: z.literal(1), l: z.string(), k: z.array(z.union([z.string(), z.number()])).max(4) }).strict(),
  z.object({ v: z.literal(1), l: z.string(), o: z.number().int().min(0).max(1_000_000) }).strict(),
]);

export function encodeCursor(list: KeysetList, position: Position<ReadonlyArray<string | number>>): string {
  const body = 'key' in position ? { v: 1, l: list, k: position.key } : { v: 1, l: list, o: position.offset };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

const invalidCursor = () => fieldError('cursor', 'validation.invalidCursor');

/**
 * The position a cursor names, checked against the list's key shape; anything else (not ours, edited, of another
 * list, a key where a search needs an offset) is a 400 naming the field, never a database error.
 */
export function decodeCursor<K extends z.ZodType>(
  cursor: string,
  list: KeysetList,
  keySchema: K,
  { searching }: { searching: boolean },
): Position<z.infer<K>> {
  let json: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor();
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success || envelope.data.l !== list) throw invalidCursor();
  if ('o' in envelope.data) return { offset: envelope.data.o };
  // A key marks a place in the list's own order; a search orders otherwise, so the place means nothing there.
  if (searching) throw invalidCursor();
  const key = keySchema.safeParse(envelope.data.k);
  if (!key.success) throw invalidCursor();
  return { key: key.data };
}

/** An instant as PostgreSQL keeps it (microseconds, UTC): the dossier list's key, exact so that ties stay ties. */
export const instantKeySchema = z
  .string()
  .regex(/^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  // A day or an hour that does not exist would fail the cast in SQL: checked here, so it is a 400.
  .refine((value) => {
    const date = new Date(`${value.slice(0, 19)}Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === value.slice(0, 19);
  });
/** Any uuid the database holds (generated data included), so the cast in SQL cannot fail. */
export const uuidKeySchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
/** A name as stored (its order key is computed from it in SQL, vietnamese_order_key). */
export const nameKeySchema = z
  .string()
  .max(1000)
  .refine((name) => !name.includes('\u0000')); // PostgreSQL text holds no NUL

/** Lists count their rows up to this many; beyond it the total says "more than" (docs/lists.md). */
export const LIST_COUNT_LIMIT = 1000;

/** The scoped rows a list counts: any select of them with its FROM and WHERE (what it selects is never read). */
interface ScopedRows {
  limit(limit: number): { as(alias: string): Subquery };
}

/** What a capped count (up to limit + 1) says: the total, or "more than limit". */
export const cappedTotal = (n: number, limit: number) =>
  n > limit ? { total: limit, totalIsExact: false } : { total: n, totalIsExact: true };

const countUpTo = (db: Db, rows: ScopedRows, limit: number) =>
  db.select({ n: count() }).from(rows.limit(limit + 1).as('capped'));

/**
 * A list's total as the response states it: the rows are counted up to limit + 1 and no further, so the total of a
 * whole country costs what a province's costs; past limit it is "more than limit" (docs/lists.md).
 */
export async function cappedCount(db: Db, rows: ScopedRows, limit: number) {
  const [counted] = await countUpTo(db, rows, limit);
  return cappedTotal(counted?.n ?? 0, limit);
}

/**
 * The same count as a column of the page's own statement (cappedTotal reads it): a subquery that refers to nothing
 * outside it runs once, not per row, and the list answers with one round trip to the database fewer.
 */
export const cappedCountColumn = (db: Db, rows: ScopedRows, limit: number) =>
  sql<number>`(${countUpTo(db, rows, limit)})`.mapWith(Number);

/** The page and its next cursor, given limit + 1 rows fetched. */
export function pageWithNext<T>(
  rows: T[],
  limit: number,
  next: (last: T) => string,
): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: next(items.at(-1)!) };
}
