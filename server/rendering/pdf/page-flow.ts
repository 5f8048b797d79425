import { mmToPt, officialFormat } from '#templates/official-format.js';
import type { PdfDocument } from './pdf-types.js';

type Orientation = 'portrait' | 'landscape';

const marginsOf = (orientation: Orientation) => {
  const m = orientation === 'landscape' ? officialFormat.landscapeMargins : officialFormat.margins;
  return { top: mmToPt(m.topMm), bottom: mmToPt(m.bottomMm), left: mmToPt(m.leftMm), right: mmToPt(m.rightMm) };
};

const EPSILON = 1e-6;

/**
 * The cursor down the text area of the current page. Pages are only ever added here: everything is
 * drawn at explicit positions with lineBreak: false, so pdfkit never adds one on its own, and every
 * drawing function asks `fits` / `ensure` before it draws below the bottom margin.
 */
export class PageFlow {
  y = 0;
  orientation: Orientation = 'portrait';
  /** The pages (0-based) on which a part numbered on its own starts: the main text, then each annex. */
  readonly partStarts: number[] = [];

  constructor(readonly doc: PdfDocument) {}

  get top() {
    return this.doc.page.margins.top;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get left() {
    return this.doc.page.margins.left;
  }
  get right() {
    return this.doc.page.width - this.doc.page.margins.right;
  }
  get width() {
    return this.right - this.left;
  }
  /** The height of the text area of a whole page in the current orientation. */
  get pageHeight() {
    return this.bottom - this.top;
  }
  /** True when nothing has been drawn on this page yet (a break here would leave it blank). */
  get atTop() {
    return this.y <= this.top + EPSILON;
  }

  /** Starts a page; `newPart`: its numbering starts again (the first page of the document, of an annex). */
  startPage(orientation: Orientation, newPart = false): void {
    this.orientation = orientation;
    this.doc.addPage({ size: 'A4', layout: orientation, margins: marginsOf(orientation) });
    this.y = this.top;
    const index = this.doc.bufferedPageRange().count - 1;
    if (newPart || index === 0) this.partStarts.push(index);
  }

  /** A new page of the same orientation, for text that runs on. */
  newPage(): void {
    this.startPage(this.orientation);
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom + EPSILON;
  }

  /** Moves to a new page unless `height` fits under the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atTop) this.newPage();
  }
}
