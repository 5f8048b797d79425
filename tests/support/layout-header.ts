import { mmToPt, officialFormat } from '#templates/official-format.js';
import { columnLines, type PdfPageLines, squash } from './layout-lines.js';

/**
 * The issuing body's lines in the header (Decree 30: upper case, left column, above "Số:") and where
 * they break. A break may fall between words of meaning, never inside a place's name or a word of two
 * syllables: "XÃ ĐỊNH / BÌNH" and "TRUYỀN / THÔNG" are what a records clerk sends back.
 */

const upper = (text: string) => squash(text).toLocaleUpperCase('vi-VN');

/** The words that name a level of the administration; the place's own name follows them. */
const ADMINISTRATIVE_UNITS = ['THÀNH PHỐ', 'THỊ TRẤN', 'THỊ XÃ', 'PHƯỜNG', 'QUẬN', 'HUYỆN', 'TỈNH', 'XÃ'];
const unitPattern = new RegExp(`(?:^| )(?:${ADMINISTRATIVE_UNITS.join('|')}) `, 'gu');

/**
 * The places an organisation's name holds, upper case: "Ủy ban nhân dân xã Định Bình" gives "ĐỊNH BÌNH",
 * "Trung tâm Dịch vụ nông nghiệp huyện Yên Định" gives "YÊN ĐỊNH". A place runs to the end of the name
 * or to the next unit word ("xã A huyện B").
 */
export function placeNames(organisationName: string): string[] {
  const name = upper(organisationName);
  const starts = [...name.matchAll(unitPattern)].map((match) => ({
    from: match.index + match[0].length,
    unitAt: match.index,
  }));
  return starts
    .map((start, index) => name.slice(start.from, starts[index + 1]?.unitAt ?? name.length).trim())
    .filter((place) => place.includes(' '));
}

/**
 * Words of two syllables in the names of the register's bodies: a line break between their syllables
 * splits a word ("TRUYỀN / THÔNG"). Written out because Vietnamese spaces every syllable alike.
 */
const twoSyllableWords = [
  'ỦY BAN',
  'NHÂN DÂN',
  'THÔNG TIN',
  'TRUYỀN THÔNG',
  'KHOA HỌC',
  'CÔNG NGHỆ',
  'TRUNG TÂM',
  'DỊCH VỤ',
  'NÔNG NGHIỆP',
  'VĂN HÓA',
  'THỂ THAO',
  'DU LỊCH',
  'GIÁO DỤC',
  'NGHỀ NGHIỆP',
  'THƯỜNG XUYÊN',
  'VĂN PHÒNG',
  'CÔNG AN',
  'CHUYỂN ĐỔI',
];

/** The place names of every organisation of a register, once each. */
export const registerPlaces = (organisationNames: Iterable<string>) => [
  ...new Set([...organisationNames].flatMap(placeNames)),
];

/**
 * The header's left column on the first page: the upper-case lines at its top, down to "Số:" (or to
 * the first line in lower case, for a document that has no number of its own).
 */
export function pdfHeaderLines(pages: PdfPageLines[]): string[] {
  const page = pages[0];
  if (!page) return [];
  const left = mmToPt(officialFormat.margins.leftMm);
  const right = page.width - mmToPt(officialFormat.margins.rightMm);
  const columnRight = left + (right - left) * officialFormat.headerLeftShare;
  // The draft mark may stand above the header; it is not a line of the body's name.
  const lines = columnLines(page, left - 1, columnRight)
    .map((line) => squash(line.text))
    .filter((line) => line !== 'DỰ THẢO');
  const end = lines.findIndex((line) => line.startsWith('Số:') || line !== line.toLocaleUpperCase('vi-VN'));
  return end < 0 ? lines : lines.slice(0, end);
}

/** Where `phrase` occurs in the header with a line break inside it. */
function splitsOf(lines: string[], phrase: string): string[] {
  const words = lines.flatMap((line, lineIndex) => line.split(' ').map((word) => ({ word, lineIndex })));
  const wanted = phrase.split(' ');
  const found: string[] = [];
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const run = words.slice(start, start + wanted.length);
    if (run.some((item, index) => item.word !== wanted[index])) continue;
    if (run.some((item) => item.lineIndex !== run[0]!.lineIndex)) {
      const breakAt = run.findIndex((item) => item.lineIndex !== run[0]!.lineIndex);
      found.push(`${wanted.slice(0, breakAt).join(' ')} / ${wanted.slice(breakAt).join(' ')}`);
    }
  }
  return found;
}

/** Breaks inside a place's name of the register: ["ĐỊNH / BÌNH in ỦY BAN NHÂN DÂN XÃ ĐỊNH / BÌNH"]. */
export function placeBreakProblems(lines: string[], places: string[]): string[] {
  const header = lines.join(' / ');
  return places.flatMap((place) => splitsOf(lines, place).map((split) => `"${split}" in "${header}"`));
}

/** Breaks between the two syllables of a word. */
export function wordBreakProblems(lines: string[]): string[] {
  const header = lines.join(' / ');
  return twoSyllableWords.flatMap((word) => splitsOf(lines, word).map((split) => `"${split}" in "${header}"`));
}
