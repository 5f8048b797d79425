import { officialFormat } from '#templates/official-format.js';
import { lineHeightOf } from './draw-lines.js';
import { useFont } from './fonts.js';
import type { PdfDocument } from './pdf-types.js';

const size = officialFormat.size.pageNumber;
/** The number sits in the lower part of the top margin, this far above the text area. */
const GAP_ABOVE_TEXT = 4;

/**
 * Decree 30: page numbers centred in the top margin, from the second page on. Written once every
 * page exists (the document buffers its pages); lineBreak: false keeps pdfkit from treating text
 * in the margin as overflow and adding a page.
 */
export function writePageNumbers(doc: PdfDocument): void {
  const { start, count } = doc.bufferedPageRange();
  useFont(doc, 'regular', size);
  for (let index = start + 1; index < start + count; index++) {
    doc.switchToPage(index);
    const { margins, width } = doc.page;
    const label = String(index - start + 1);
    const textWidth = doc.widthOfString(label);
    const x = margins.left + (width - margins.left - margins.right - textWidth) / 2;
    doc.text(label, x, margins.top - lineHeightOf(size) - GAP_ABOVE_TEXT, { lineBreak: false });
  }
}
