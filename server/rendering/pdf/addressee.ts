import type { AddresseeBlock } from '#templates/document-model.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { drawLine, lineHeightOf } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import { type Line, breakLines, styledText } from './text-layout.js';

/**
 * "Kính gửi:" laid out as the DOCX lays it out (server/rendering/docx/addressee-block.ts): the label at
 * the first-line indent, the first addressee after it on the same line, each further one on its own
 * line under the first, all starting 30 mm from the text's left edge; a long addressee wraps under its
 * own start. The templates write the dashes and the ";" / "." of a list.
 */

const body = officialFormat.size.body;
const spacing = officialFormat.paragraphSpacingPt;
const step = lineHeightOf(body);
const LABEL = 'Kính gửi:';
const LABEL_X = mmToPt(officialFormat.firstLineIndentMm);
/** The DOCX's ADDRESSEE_COLUMN_MM: "Kính gửi: " at 14 pt ends just before it. */
const COLUMN_X = mmToPt(30);

const layoutList = (flow: PageFlow, block: AddresseeBlock): Line[] =>
  block.addressees.flatMap((addressee) => breakLines(styledText(addressee), body, flow.width - COLUMN_X));

/** The space above and the list, which stays on one page: what comes before and keeps with it needs that much. */
export const addresseeLead = (flow: PageFlow, block: AddresseeBlock): number =>
  spacing + Math.max(1, layoutList(flow, block).length) * step;

/**
 * The label and the list, kept on one page with `keep` (the start of what follows) when they fit on
 * one; a list longer than that runs on line by line.
 */
export function writeAddressee(flow: PageFlow, block: AddresseeBlock, keep: number): void {
  const lines = layoutList(flow, block);
  const label = breakLines(styledText(LABEL), body, Number.POSITIVE_INFINITY)[0]!;
  const height = Math.max(1, lines.length) * step;
  flow.y += spacing;
  flow.ensure(height + spacing + keep <= flow.pageHeight ? height + spacing + keep : Math.min(2, lines.length) * step);
  drawLine(flow.doc, label, flow.left + LABEL_X, flow.y, COLUMN_X - LABEL_X, 'left', body);
  for (const line of lines) {
    if (!flow.fits(step)) flow.newPage();
    drawLine(flow.doc, line, flow.left + COLUMN_X, flow.y, flow.width - COLUMN_X, 'left', body);
    flow.y += step;
  }
  if (!lines.length) flow.y += step;
  flow.y += spacing;
}
