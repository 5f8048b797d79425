/**
 * The Vietnamese alphabetical order (a < ă < â < b < … < d < đ < e < ê < …, tones after the letters:
 * Tăng < Tâm < Tân < Tấn), the one order in which the web and the server list names for people to read.
 * ICU's "vi" collation, built once: localeCompare(…, 'vi') builds a new collator at every comparison.
 */
const vietnameseCollator = new Intl.Collator('vi');

/** Compares two names the Vietnamese way; for sort(). */
export const compareVietnamese = (a: string, b: string): number => vietnameseCollator.compare(a, b);

/** A comparator of records by a name: `items.sort(byVietnamese((item) => item.name))`. */
export const byVietnamese =
  <T>(nameOf: (item: T) => string) =>
  (a: T, b: T): number =>
    vietnameseCollator.compare(nameOf(a), nameOf(b));

/** The letters in their Vietnamese order, lower case; the server's SQL sort key is built from it. */
export const vietnameseAlphabet = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';

/** The vowels that take a tone, and the tone marks in the order the collation ranks them (none first). */
export const toneVowels = 'aăâeêioôơuưy';
export const toneMarks = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;
