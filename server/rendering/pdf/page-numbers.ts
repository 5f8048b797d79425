import { officialFormat } from '#templates/official-format.js';
import { lineHeightOf } from './draw-lines.js';
import { useFont } from './fonts.js';
import type { PdfDocument } from './pdf-types.js';

const size = officialFormat.size.pageNumber;
/** The number sits in the lower part of the top margin, this far above the text area. */
const GAP_ABOVE_TEXT = 4;

/** The number of each page (0-based index) within its part; 1 on the page a part starts on. */
function pageNumbers(pageCount: number, partStarts: number[]): number[] {
  let partStart = 0;
  return Array.from({ length: pageCount }, (_, index) => {
    if (partStarts.includes(index)) partStart = index;
    return index - partStart + 1;
  });
}

/**
 * Decree 30: page numbers centred in the top margin, from the second page on; an annex's pages are
 * numbered on their own, from its second page (`partStarts`: the pages a part starts on). Written once
 * every page exists (the document buffers its pages); lineBreak: false keeps pdfkit from treating
 * text in the margin as overflow and adding a page.
 */
export function writePageNumbers(doc: PdfDocument, partStarts: number[]): void {
  const { start, count } = doc.bufferedPageRange();
  useFont(doc, 'regular', size);
  pageNumbers(count, partStarts).forEach((number, index) => {
    if (number === 1) return;
    doc.switchToPage(start + index);
    const { margins, width } = doc.page;
    const label = String(number);
    const textWidth = doc.widthOfString(label);
    const x = margins.left + (width - margins.left - margins.right - textWidth) / 2;
    doc.text(label, x, margins.top - lineHeightOf(size) - GAP_ABOVE_TEXT, { lineBreak: false });
  });
}
