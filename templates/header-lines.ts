import { mmToPt, officialFormat } from './official-format.js';

/**
 * Where the names in the header's left column break (Decree 30 sets them in capitals, centred, in a column of
 * 0.42 of the text width): between words of meaning, never inside a two-syllable word ("TRUYỀN / THÔNG") nor
 * inside a place's proper name ("XÃ ĐỊNH / BÌNH"), never leaving one syllable alone on the last line, with the
 * lines as even as the words allow. A name that fits on one line is not broken. The result marks the breaks
 * with "\n" (templates/document-model.ts, HeaderBlock), so both renderers break at the same places.
 */

/**
 * Compound words of Vietnamese body names, kept on one line. Vietnamese writes a word of two syllables as two
 * space-separated syllables, so only a list tells "THÔNG TIN" (one word) from "VÀ TRUYỀN" (two).
 */
export const compoundWords: readonly string[] = [
  // Bodies and their kinds
  'ỦY BAN',
  'NHÂN DÂN',
  'HỘI ĐỒNG',
  'VĂN PHÒNG',
  'TRUNG TÂM',
  'CHI CỤC',
  'CHI NHÁNH',
  'BỆNH VIỆN',
  'HỌC VIỆN',
  'ĐẠI HỌC',
  'CAO ĐẲNG',
  'TRUNG CẤP',
  'TRUNG HỌC',
  'TIỂU HỌC',
  'MẦM NON',
  'PHỔ THÔNG',
  'CƠ SỞ',
  'THƯ VIỆN',
  'BẢO TÀNG',
  'NGÂN HÀNG',
  'KHO BẠC',
  'NHÀ NƯỚC',
  'CHÍNH PHỦ',
  'CHÍNH QUYỀN',
  'ĐỊA PHƯƠNG',
  'TỈNH ỦY',
  'HUYỆN ỦY',
  'THÀNH ỦY',
  'ĐẢNG ỦY',
  'MẶT TRẬN',
  'TỔ QUỐC',
  'VIỆT NAM',
  'CÔNG ĐOÀN',
  'THANH NIÊN',
  'PHỤ NỮ',
  'NÔNG DÂN',
  'CỰU CHIẾN BINH',
  'BAN QUẢN LÝ',
  'QUẢN LÝ',
  'DỰ ÁN',
  // Fields of government
  'THÔNG TIN',
  'TRUYỀN THÔNG',
  'KHOA HỌC',
  'CÔNG NGHỆ',
  'CHUYỂN ĐỔI',
  'ĐIỆN TỬ',
  'DỮ LIỆU',
  'AN TOÀN',
  'AN NINH',
  'CÔNG AN',
  'QUÂN SỰ',
  'QUỐC PHÒNG',
  'BIÊN PHÒNG',
  'CHỈ HUY',
  'PHÒNG CHÁY',
  'CHỮA CHÁY',
  'CỨU NẠN',
  'CỨU HỘ',
  'HÀNH CHÍNH',
  'CÔNG CỘNG',
  'PHỤC VỤ',
  'MỘT CỬA',
  'DỊCH VỤ',
  'NÔNG NGHIỆP',
  'NÔNG THÔN',
  'LÂM NGHIỆP',
  'THỦY SẢN',
  'THỦY LỢI',
  'KHUYẾN NÔNG',
  'THÚ Y',
  'BẢO VỆ',
  'THỰC VẬT',
  'MÔI TRƯỜNG',
  'TÀI NGUYÊN',
  'GIÁO DỤC',
  'ĐÀO TẠO',
  'NGHỀ NGHIỆP',
  'THƯỜNG XUYÊN',
  'Y TẾ',
  'DÂN SỐ',
  'GIA ĐÌNH',
  'TÀI CHÍNH',
  'KẾ HOẠCH',
  'ĐẦU TƯ',
  'PHÁT TRIỂN',
  'KINH TẾ',
  'HẠ TẦNG',
  'ĐÔ THỊ',
  'QUY HOẠCH',
  'KIẾN TRÚC',
  'ĐẤT ĐAI',
  'ĐĂNG KÝ',
  'VĂN HÓA',
  'THỂ THAO',
  'DU LỊCH',
  'NGHỆ THUẬT',
  'DI TÍCH',
  'LỊCH SỬ',
  'PHÁT THANH',
  'TRUYỀN HÌNH',
  'NỘI VỤ',
  'NGOẠI VỤ',
  'TƯ PHÁP',
  'XÂY DỰNG',
  'GIAO THÔNG',
  'VẬN TẢI',
  'CÔNG THƯƠNG',
  'CÔNG NGHIỆP',
  'THƯƠNG MẠI',
  'THỊ TRƯỜNG',
  'LAO ĐỘNG',
  'THƯƠNG BINH',
  'XÃ HỘI',
  'BẢO HIỂM',
  'DÂN TỘC',
  'TÔN GIÁO',
  'THANH TRA',
  'KIỂM TRA',
  'KIỂM SÁT',
  'TÒA ÁN',
  'THỐNG KÊ',
  'THUẾ VỤ',
  'HẢI QUAN',
  'BẤT ĐỘNG SẢN',
  'NHÀ Ở',
  'NƯỚC SẠCH',
  'VỆ SINH',
  'PHÒNG CHỐNG',
  'THIÊN TAI',
  'TRẺ EM',
];

/** The words that name a place; the proper name that follows one is never split ("XÃ ĐỊNH BÌNH"). */
const placeWords: readonly string[] = [
  'TỈNH',
  'THÀNH PHỐ',
  'HUYỆN',
  'QUẬN',
  'THỊ XÃ',
  'THỊ TRẤN',
  'XÃ',
  'PHƯỜNG',
  'ĐẶC KHU',
];

/**
 * Syllables after which "XÃ" names a commune even where "XÃ HỘI" could be read: "ỦY BAN NHÂN DÂN XÃ HỘI XUÂN",
 * "CÔNG AN XÃ ...". Elsewhere ("THƯƠNG BINH VÀ XÃ HỘI", "BẢO HIỂM XÃ HỘI") it is the word "xã hội".
 */
const beforeCommune = new Set(['DÂN', 'UBND', 'HĐND', 'AN']);

/** Dashes join two parts of a name ("NGHỀ NGHIỆP - GIÁO DỤC"); one ends a proper name, as "VÀ" does. */
const dashes = new Set(['-', '–']);
const nameEnders = new Set(['VÀ', ...dashes]);

/**
 * Advance widths of Times New Roman capitals, in em, bold (the issuing body) and regular (the parent body); the
 * Tinos faces the PDF embeds have the same metrics. A tone mark, circumflex or breve does not change a capital's
 * width; the horned Ư and Ơ have their own.
 */
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZĐƯƠ';
const boldLetters = [
  0.722, 0.667, 0.722, 0.722, 0.667, 0.611, 0.778, 0.778, 0.389, 0.5, 0.778, 0.667, 0.944, 0.722, 0.778, 0.611, 0.778,
  0.722, 0.556, 0.667, 0.722, 0.722, 1, 0.722, 0.722, 0.667, 0.722, 0.796, 0.778,
];
const regularLetters = [
  0.722, 0.667, 0.667, 0.722, 0.611, 0.556, 0.722, 0.722, 0.333, 0.389, 0.722, 0.611, 0.889, 0.722, 0.722, 0.556, 0.722,
  0.667, 0.556, 0.611, 0.722, 0.722, 0.944, 0.722, 0.722, 0.611, 0.722, 0.776, 0.722,
];
const signs = {
  ' ': 0.25,
  ',': 0.25,
  '.': 0.25,
  ';': 0.333,
  ':': 0.333,
  '-': 0.333,
  '–': 0.5,
  '&': 0.833,
  '(': 0.333,
  ')': 0.333,
  '/': 0.278,
};
const table = (widths: number[]): Record<string, number> => ({
  ...Object.fromEntries([...letters].map((letter, index) => [letter, widths[index]!])),
  ...signs,
});
const capitalWidths = { bold: table(boldLetters), regular: table(regularLetters) };
/** Digits; anything not listed counts as a wide capital, so an estimate never says a line fits when it does not. */
const DIGIT_WIDTH = 0.5;
const OTHER_WIDTH = 0.8;

export type Weight = keyof typeof capitalWidths;

/** The letter without its tone marks, circumflex and breve, keeping Đ, Ư and Ơ (which have widths of their own). */
function baseLetter(character: string): string {
  if (/^[ƯỨỪỬỮỰ]$/u.test(character)) return 'Ư';
  if (/^[ƠỚỜỞỠỢ]$/u.test(character)) return 'Ơ';
  if (character === 'Đ') return character;
  return character.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The width of upper-case text at `sizePt`, in points. */
export function capsWidth(text: string, sizePt: number, weight: Weight = 'bold'): number {
  const widths = capitalWidths[weight];
  let em = 0;
  for (const character of text) {
    const base = baseLetter(character);
    em += widths[base] ?? (/^\d$/u.test(base) ? DIGIT_WIDTH : OTHER_WIDTH);
  }
  return em * sizePt;
}

/** The left column of the header, in points: 0.42 of the text width (officialFormat). */
export const headerColumnWidthPt = mmToPt(
  (officialFormat.page.widthMm - officialFormat.margins.leftMm - officialFormat.margins.rightMm) *
    officialFormat.headerLeftShare,
);

/** A group of syllables kept on one line: a compound word, a place with its name, or a single syllable. */
interface Unit {
  text: string;
  syllables: number;
}

/** A syllable as the word lists write it: without the punctuation that may follow it ("HÓA,"). */
const bare = (syllable: string) => syllable.replace(/[,.;:]+$/u, '');

const byLength = (words: readonly string[]) =>
  words.map((word) => word.split(' ')).sort((first, second) => second.length - first.length);
const compoundSyllables = byLength(compoundWords);
const placeSyllables = byLength(placeWords);

/** The longest word of `words` that starts at syllable `index`, by its syllable count; 0 when none. */
function matchAt(syllables: string[], index: number, words: string[][]): number {
  const found = words.find((word) =>
    word.every((part, offset) => syllables[index + offset] !== undefined && bare(syllables[index + offset]!) === part),
  );
  return found ? found.length : 0;
}

/** A place word at `index` (its syllable count), or 0; "XÃ" after "NHÂN DÂN" names a commune, not "xã hội". */
function placeAt(syllables: string[], index: number): number {
  const place = matchAt(syllables, index, placeSyllables);
  if (place === 0) return 0;
  const compound = matchAt(syllables, index, compoundSyllables);
  if (compound <= place) return place;
  const previous = index === 0 ? undefined : bare(syllables[index - 1]!);
  return previous === undefined || beforeCommune.has(previous) ? place : 0;
}

/** The syllables of a name grouped into the units a line break must not split. */
function units(name: string): Unit[] {
  const syllables = name.split(/\s+/u).filter((syllable) => syllable !== '');
  const result: Unit[] = [];
  let index = 0;
  while (index < syllables.length) {
    let length = placeAt(syllables, index);
    if (length > 0) {
      // The proper name runs from the place word to the end of the name, a comma, a conjunction or another place.
      while (
        index + length < syllables.length &&
        !/[,;]$/u.test(syllables[index + length - 1]!) &&
        !nameEnders.has(syllables[index + length]!) &&
        placeAt(syllables, index + length) === 0
      )
        length += 1;
    } else {
      length = Math.max(1, matchAt(syllables, index, compoundSyllables));
    }
    const group = syllables.slice(index, index + length);
    index += length;
    // A dash stays at the end of the line before it, as a join ("NGHỀ NGHIỆP -"), never opens a line.
    if (group.length === 1 && dashes.has(group[0]!) && result.length > 0) {
      const last = result.at(-1)!;
      result[result.length - 1] = { text: `${last.text} ${group[0]!}`, syllables: last.syllables };
      continue;
    }
    result.push({ text: group.join(' '), syllables: group.length });
  }
  return result;
}

interface Split {
  lines: Unit[][];
  widest: number;
}

const lineText = (line: Unit[]) => line.map((unit) => unit.text).join(' ');
const syllableCount = (line: Unit[]) => line.reduce((sum, unit) => sum + unit.syllables, 0);

/**
 * The most even split of `all` into exactly `count` lines (the smallest widest line), the last line holding
 * at least two syllables when `lastNeedsTwo`; null when no split satisfies that.
 */
function evenestSplit(all: Unit[], count: number, layout: Layout, lastNeedsTwo: boolean): Split | null {
  const memo = new Map<string, Split | null>();
  const solve = (start: number, linesLeft: number): Split | null => {
    const key = `${start}:${linesLeft}`;
    if (memo.has(key)) return memo.get(key)!;
    let best: Split | null = null;
    const remaining = all.length - start;
    if (linesLeft === 1) {
      const line = all.slice(start);
      best =
        remaining > 0 && (!lastNeedsTwo || syllableCount(line) >= 2)
          ? { lines: [line], widest: capsWidth(lineText(line), layout.sizePt, layout.weight) }
          : null;
    } else {
      for (let end = start + 1; all.length - end >= linesLeft - 1; end += 1) {
        const rest = solve(end, linesLeft - 1);
        if (!rest) continue;
        const line = all.slice(start, end);
        const widest = Math.max(capsWidth(lineText(line), layout.sizePt, layout.weight), rest.widest);
        if (!best || widest < best.widest) best = { lines: [line, ...rest.lines], widest };
      }
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, count);
}

/** How a header line is set: its weight and size, and the width of the column it must fit. */
export interface Layout {
  weight: Weight;
  sizePt: number;
  widthPt: number;
}

/** The issuing body: bold, 13 pt, in the left column. */
export const issuingBodyLayout: Layout = {
  weight: 'bold',
  sizePt: officialFormat.size.header,
  widthPt: headerColumnWidthPt,
};
/** The parent body above it: the same, not bold. */
export const parentBodyLayout: Layout = { ...issuingBodyLayout, weight: 'regular' };

/**
 * A body's name (upper case) with "\n" where its lines break: unchanged when it fits the column; otherwise
 * the fewest lines that fit, as even as possible, breaking only between units. When no break makes every
 * line fit (a single very long word), the most even split is kept and the renderer wraps what still overflows.
 */
export function headerLines(name: string, layout: Layout = issuingBodyLayout): string {
  const text = name.replace(/\s+/gu, ' ').trim();
  if (capsWidth(text, layout.sizePt, layout.weight) <= layout.widthPt) return text;
  const all = units(text);
  const total = all.reduce((sum, unit) => sum + unit.syllables, 0);
  let fallback: Split | null = null;
  for (let count = 2; count <= all.length; count += 1) {
    const split = evenestSplit(all, count, layout, total >= 2) ?? evenestSplit(all, count, layout, false);
    if (!split) continue;
    if (split.widest <= layout.widthPt) return split.lines.map(lineText).join('\n');
    if (!fallback || split.widest < fallback.widest) fallback = split;
  }
  return fallback ? fallback.lines.map(lineText).join('\n') : text;
}

/** The place phrase that ends a name ("TỈNH THANH HÓA"), or null. */
function trailingPlace(name: string): string | null {
  const last = units(name).at(-1);
  if (!last || last.syllables < 2) return null;
  const syllables = last.text.split(' ');
  return placeAt(syllables, 0) > 0 ? last.text : null;
}

/**
 * The issuing body's name without the place its parent line already gives: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH
 * THANH HÓA" under "UBND TỈNH THANH HÓA" is "SỞ THÔNG TIN VÀ TRUYỀN THÔNG". Both upper case.
 */
export function withoutParentPlace(issuingBody: string, parentBody: string | null): string {
  const name = issuingBody.replace(/\s+/gu, ' ').trim();
  if (!parentBody) return name;
  const place = trailingPlace(name);
  if (!place || place === name) return name;
  const parent = parentBody.replace(/\s+/gu, ' ').trim();
  return parent === place || parent.endsWith(` ${place}`) ? name.slice(0, name.length - place.length).trim() : name;
}
