import { officialFormat } from '#templates/official-format.js';
import { lineHeightOf } from './draw-lines.js';
import { useFont } from './fonts.js';
import type { PageFlow } from './page-flow.js';

const DRAFT_MARK = officialFormat.draftMark;

const size = officialFormat.size.body;
const PADDING_X = 6;
const PADDING_Y = 2.5;
const BOX_LINE_WIDTH = 1;
/** The box ends this far above the text area, clear of the header below it. */
const GAP_ABOVE_TEXT = 6;

/**
 * "DỰ THẢO" bold in a box at the top right of the first page, in the top margin above the header
 * (the first page carries no page number there), so that it overlaps no text. Drawn on the current
 * page: call it on the first.
 */
export function writeDraftMark(flow: PageFlow): void {
  const { doc } = flow;
  useFont(doc, 'bold', size);
  const width = doc.widthOfString(DRAFT_MARK) + 2 * PADDING_X;
  const height = lineHeightOf(size) + 2 * PADDING_Y;
  const x = flow.right - width - BOX_LINE_WIDTH / 2;
  const y = flow.top - GAP_ABOVE_TEXT - height;
  doc.save().lineWidth(BOX_LINE_WIDTH).rect(x, y, width, height).stroke().restore();
  doc.text(DRAFT_MARK, x + PADDING_X, y + PADDING_Y, { lineBreak: false });
}
