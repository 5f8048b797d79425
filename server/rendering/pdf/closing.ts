import type { ClosingBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { drawLine, lineHeightOf } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import type { Align } from './pdf-types.js';
import { type Emphasis, type Line, breakLines, styledText } from './text-layout.js';

/** One laid-out line of a column with its size, before it is drawn. */
interface ColumnLine {
  line: Line;
  size: number;
  /** Space above this line (the gap left for the signature and the seal). */
  gapBefore: number;
}

const signatureSize = officialFormat.size.body;
/** Room for the handwritten signature and the seal: about four lines. */
const signatureSpace = 4 * lineHeightOf(signatureSize);
const spaceBeforeClosing = 2 * officialFormat.paragraphSpacingPt;

function columnLines(text: string, size: number, width: number, emphasis: Emphasis, gapBefore = 0): ColumnLine[] {
  return breakLines(styledText(text, emphasis), size, width).map((line, index) => ({
    line,
    size,
    gapBefore: index === 0 ? gapBefore : 0,
  }));
}

const heightOf = (lines: ColumnLine[]) =>
  lines.reduce((sum, { size, gapBefore }) => sum + gapBefore + lineHeightOf(size), 0);

/**
 * Draws a column from the cursor; lines that do not fit run on to a new page (only a recipients
 * list longer than a page does). Returns the y under its last line.
 */
function drawColumn(flow: PageFlow, lines: ColumnLine[], x: number, width: number, align: Align, y: number): number {
  for (const { line, size, gapBefore } of lines) {
    y += gapBefore;
    if (y + lineHeightOf(size) > flow.bottom + 1e-6) {
      flow.newPage();
      y = flow.y;
    }
    drawLine(flow.doc, line, x, y, width, align, size);
    y += lineHeightOf(size);
  }
  return y;
}

interface ClosingLayout {
  leftWidth: number;
  rightX: number;
  rightWidth: number;
  recipients: ColumnLine[];
  signature: ColumnLine[];
  /** The height kept on the page the closing starts on: all of it, or the signature when it is taller than a page. */
  keptHeight: number;
}

function layoutClosing(flow: PageFlow, block: ClosingBlock): ClosingLayout {
  const { size } = officialFormat;
  const leftWidth = flow.width * officialFormat.headerLeftShare;
  const rightWidth = flow.width - leftWidth;
  const recipients: ColumnLine[] =
    block.recipients === null
      ? []
      : [
          ...columnLines(officialFormat.recipientsLabel, size.recipientsLabel, leftWidth, { bold: true, italic: true }),
          ...block.recipients.flatMap((recipient) => columnLines(recipient, size.recipients, leftWidth, {})),
        ];
  const { authorityLine, title, signerName } = block.signature;
  const signature: ColumnLine[] = [
    ...(authorityLine === null ? [] : columnLines(authorityLine, signatureSize, rightWidth, { bold: true })),
    ...columnLines(title, signatureSize, rightWidth, { bold: true }),
    ...columnLines(signerName || ' ', signatureSize, rightWidth, { bold: true }, signatureSpace),
  ];
  const height = Math.max(heightOf(recipients), heightOf(signature));
  // Kept together when it can be; a closing taller than a page (a very long recipients list) keeps
  // at least the signature on the page it starts on and lets the list run on.
  const keptHeight = height <= flow.pageHeight ? height : heightOf(signature);
  return { leftWidth, rightX: flow.left + leftWidth, rightWidth, recipients, signature, keptHeight };
}

/** What must fit under the text before the closing for the closing to stay on its page with it. */
export const closingLead = (flow: PageFlow, block: ClosingBlock) =>
  spaceBeforeClosing + layoutClosing(flow, block).keptHeight;

/**
 * Recipients on the left ("Nơi nhận:" bold italic, the list smaller), the signature on the right,
 * side by side and kept together on one page: it moves to a new page when it does not fit. The text
 * before it keeps room for it (keep.ts), so it moves only when that text could not.
 */
export function writeClosing(flow: PageFlow, block: ClosingBlock): void {
  const { leftWidth, rightX, rightWidth, recipients, signature, keptHeight } = layoutClosing(flow, block);
  flow.y += spaceBeforeClosing;
  flow.ensure(keptHeight);
  const top = flow.y;
  const signatureEnd = drawColumn(flow, signature, rightX, rightWidth, 'center', top);
  const signaturePage = flow.doc.bufferedPageRange().count;
  const recipientsEnd = drawColumn(flow, recipients, flow.left, leftWidth, 'left', top);
  const samePage = flow.doc.bufferedPageRange().count === signaturePage;
  flow.y = samePage ? Math.max(signatureEnd, recipientsEnd) : recipientsEnd;
}
