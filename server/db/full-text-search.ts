import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';
import { toSearchText } from '#shared/common/search-text.js';

/**
 * Search that finds (docs/decisions.md, "Search: every word, at word starts, accents when typed"): each searchable
 * table keeps a stored tsvector made by the SQL function search_vector_of (drizzle/migrations/0016_search_vectors.sql)
 * from the record's own words. It holds every word twice: as written, lower case with its accents (weight A), and
 * without accents (weight B). A word typed without accents matches either form, so "dinh" finds "Định"; a word typed
 * with accents must match them, so "cổng" finds "Cổng" and not "Công". Every word must match the start of some word
 * of the record, in any order; a GIN index answers it, and the count with it.
 */

/** Vietnamese lower-case letters that carry accents (and đ): what a word may hold besides a-z and 0-9. */
const VIETNAMESE_LOWER = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The stored column's expression: search_vector_of(a || ' ' || b ...), nulls as empty. */
export const searchVectorOf = (...columns: string[]) =>
  sql.raw(`search_vector_of(${columns.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `)})`);

interface SearchWord {
  /** Without accents, a-z and 0-9 only: what the B half of the vector holds. */
  plain: string;
  /** As typed (lower case), when it carries accents: it must match the A half. */
  accented: string | null;
}

const separators = new RegExp(`[^0-9a-z${VIETNAMESE_LOWER}]+`);
/** A query is at most 100 characters (the schemas' q); a bound on words keeps the tsquery small whatever comes. */
const MAX_WORDS = 12;

/**
 * The words of a search box, cut where the vector cuts: anything but letters and digits separates words, so "%",
 * "_", "'", ":*", "&" and "!" are never part of the query the database parses.
 */
function searchWords(q: string): SearchWord[] {
  return q
    .normalize('NFC')
    .toLowerCase()
    .split(separators)
    .map((word) => {
      const plain = toSearchText(word).replace(/[^a-z0-9]/g, '');
      return { plain, accented: plain === word ? null : word };
    })
    .filter((word) => word.plain !== '')
    .slice(0, MAX_WORDS);
}

const tsquery = (text: string) => sql`to_tsquery('simple', ${text})`;

/**
 * Every word a whole word of the record, in any order, and the last one (the word being typed) the start of one:
 * "cong & dinh & binh:*". False with no word. Only the last is a prefix because a prefix makes the index gather every
 * word that begins with it (tens of thousands of rows for "he:*" at country scale: 40 ms against 1 ms whole).
 */
export function matchesSearch(vector: AnyColumn, q: string): SQL {
  const words = searchWords(q);
  if (words.length === 0) return sql`false`;
  const last = words.length - 1;
  const query = words
    .map((w, i) => `${w.accented ?? w.plain}${i === last ? ':*' : ':'}${w.accented ? 'A' : ''}`)
    .map((term) => term.replace(/:$/, ''))
    .join(' & ');
  return sql`${vector} @@ ${tsquery(query)}`;
}

/**
 * Best first (as ORDER BY terms, before the list's own order): the words as a phrase of whole words, the phrase with
 * the last word begun, every word whole in any order, then the rest (words begun). Compared without accents, on the
 * matching rows only. Nothing when there is no search.
 */
export function searchOrder(vector: AnyColumn, q: string | undefined): SQL[] {
  const words = searchWords(q ?? '').map((w) => w.plain);
  if (words.length === 0) return [];
  const whole = words.map((w) => `${w}:B`);
  const begun = [...whole.slice(0, -1), `${words.at(-1)}:*B`];
  return [
    sql`(case when ${vector} @@ ${tsquery(whole.join(' <-> '))} then 0
              when ${vector} @@ ${tsquery(begun.join(' <-> '))} then 1
              when ${vector} @@ ${tsquery(whole.join(' & '))} then 2 else 3 end)`,
  ];
}
