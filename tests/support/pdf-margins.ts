import { mmToPt, officialFormat } from '#templates/official-format.js';
import type { PdfPageWords } from './read-documents.js';

const TOLERANCE = 0.5;

/**
 * Every word inside the margins of its page (portrait or landscape); words above the top margin may
 * only be the page number, from page 2, centred and no higher than 8 mm. Returns what was wrong.
 */
export function marginViolations(pages: PdfPageWords[]): string[] {
  return pages.flatMap((page, index) => {
    const landscape = page.width > page.height;
    const m = landscape ? officialFormat.landscapeMargins : officialFormat.margins;
    const [left, right] = [mmToPt(m.leftMm), page.width - mmToPt(m.rightMm)];
    const [top, bottom] = [mmToPt(m.topMm), page.height - mmToPt(m.bottomMm)];
    const problems: string[] = [];
    const inTopMargin = page.words.filter((word) => word.yMin < top - TOLERANCE);
    const expectedNumber = index === 0 ? [] : [String(index + 1)];
    if (JSON.stringify(inTopMargin.map((word) => word.text)) !== JSON.stringify(expectedNumber)) {
      problems.push(
        `page ${index + 1}: words in the top margin ${JSON.stringify(inTopMargin.map((word) => word.text))}`,
      );
    }
    for (const word of inTopMargin) {
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
