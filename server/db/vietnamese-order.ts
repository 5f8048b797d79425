import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { toneMarks, toneVowels, vietnameseAlphabet } from '#shared/common/vietnamese-order.js';

/*
 * ORDER BY in the Vietnamese order, the same on PostgreSQL and on PGlite. ICU's "vi-x-icu" collation exists
 * on PostgreSQL but not in PGlite, and ordering by search_text (accents stripped) puts "Định Tân" before
 * "Định Tăng". So each listed name has a stored key, compared byte-wise (collate "C"), made by the SQL function
 * vietnamese_order_key (drizzle/migrations/0017_vietnamese_order_keys.sql, written by vietnameseOrderKeyFunction
 * below): first each letter as its rank in the alphabet (a private-use character, above every space, digit and
 * punctuation mark), then each vowel's tone (none < huyền < hỏi < ngã < sắc < nặng), then the name itself (case),
 * joined by chr(1), which sorts below everything a name holds, so the key compares as the three parts in turn.
 * Stored, not computed in ORDER BY: translate() with these tables costs about 2 s over 50,000 names.
 * Names enter NFC-normalised (textSchema), so each accented vowel is one character.
 */
const rankChar = (rank: number) => String.fromCodePoint(0xe000 + rank);

function translationTables() {
  let letters = '';
  let ranks = '';
  let vowels = '';
  let tones = '';
  for (const [rank, letter] of [...vietnameseAlphabet].entries()) {
    const isVowel = toneVowels.includes(letter);
    const forms = isVowel ? toneMarks.map((mark) => (letter + mark).normalize('NFC')) : [letter];
    for (const [tone, lower] of forms.entries()) {
      // Both cases are listed: lower() changes only ASCII letters in a database created with the C locale.
      for (const form of new Set([lower, lower.toUpperCase()])) {
        letters += form;
        ranks += rankChar(rank);
        if (isVowel) {
          vowels += form;
          tones += String(tone);
        }
      }
    }
  }
  return { letters, ranks, vowels, tones };
}

/** The CREATE FUNCTION of the migration; tests/server/db/vietnamese-order.test.ts checks the migration holds it. */
export function vietnameseOrderKeyFunction(): string {
  const { letters, ranks, vowels, tones } = translationTables();
  return (
    `CREATE FUNCTION vietnamese_order_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$\n` +
    `  SELECT translate(name, '${letters}', '${ranks}') || chr(1) || translate(name, '${vowels}', '${tones}')` +
    ` || chr(1) || name\n$$;`
  );
}

/** A stored column holding the order key of another column of the same table. */
export const vietnameseOrderKeyOf = (column: string) => sql.raw(`vietnamese_order_key("${column}")`);

/** The ORDER BY term that lists names in the Vietnamese order, given the name's stored key column. */
export function vietnameseOrder(orderKey: AnyColumn | SQL): SQL[] {
  return [sql`${orderKey} collate "C"`];
}
