import { mmToPt, officialFormat } from '#templates/official-format.js';
import type { PdfPageWords, PdfWord } from './read-documents.js';

const TOLERANCE = 0.5;
/** The words of the mark a draft carries in the top margin of its first page. */
const DRAFT_MARK_WORDS = ['DỰ', 'THẢO'];

const texts = (words: PdfWord[]) => JSON.stringify(words.map((word) => word.text));

/**
 * Every word inside the margins of its page (portrait or landscape). Above the top margin only the
 * page number may stand, centred and no higher than 8 mm, and on the first page a draft's "DỰ THẢO"
 * inside the side margins. Pages are numbered from the second page of each part: a page without a
 * number starts a part (the main text, an annex), and the pages after it read 2, 3... Returns what
 * was wrong.
 */
export function marginViolations(pages: PdfPageWords[]): string[] {
  let partPage = 0;
  return pages.flatMap((page, index) => {
    const landscape = page.width > page.height;
    const m = landscape ? officialFormat.landscapeMargins : officialFormat.margins;
    const [left, right] = [mmToPt(m.leftMm), page.width - mmToPt(m.rightMm)];
    const [top, bottom] = [mmToPt(m.topMm), page.height - mmToPt(m.bottomMm)];
    const problems: string[] = [];
    const inTopMargin = page.words.filter((word) => word.yMin < top - TOLERANCE);
    const draftMark =
      index === 0 && texts(inTopMargin) === JSON.stringify(DRAFT_MARK_WORDS)
        ? inTopMargin.filter((word) => word.yMin >= mmToPt(5) && word.yMax <= top)
        : [];
    const pageNumber = inTopMargin.filter((word) => !draftMark.includes(word));
    partPage = pageNumber.length ? partPage + 1 : 1;
    const expectedNumber = index === 0 || partPage === 1 ? [] : [String(partPage)];
    if (texts(pageNumber) !== JSON.stringify(expectedNumber)) {
      problems.push(`page ${index + 1}: words in the top margin ${texts(inTopMargin)}`);
    }
    for (const word of pageNumber) {
      if (word.yMin < mmToPt(8)) problems.push(`page ${index + 1}: page number too high (${word.yMin})`);
      if (Math.abs((word.xMin + word.xMax) / 2 - (left + right) / 2) > 1)
        problems.push(`page ${index + 1}: page number not centred`);
    }
    for (const word of page.words) {
      const outside =
        word.xMin < left - TOLERANCE ||
        word.xMax > right + TOLERANCE ||
        word.yMax > bottom + TOLERANCE ||
        (word.yMin < top - TOLERANCE && !inTopMargin.includes(word));
      if (outside)
        problems.push(
          `page ${index + 1}: "${word.text.slice(0, 40)}" at x ${word.xMin}-${word.xMax}, y ${word.yMin}-${word.yMax}`,
        );
    }
    return problems;
  });
}
