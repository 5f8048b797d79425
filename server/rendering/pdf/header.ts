import type { HeaderBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { drawLines, drawRule } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import { type Emphasis, breakLines, styledText, widestLine } from './text-layout.js';

/** The rules sit just under the descenders of the line above them. */
const RULE_OFFSET = 1.5;
/** The space from the rules to the number and date line. */
const RULE_TO_NEXT_LINE = 6;
/** The space between the header and the title. */
const SPACE_AFTER_HEADER = 12;

interface Column {
  x: number;
  width: number;
  y: number;
}

/** Writes centred, wrapping text into a column; returns the width of its widest line. */
function writeCentred(flow: PageFlow, column: Column, text: string, size: number, emphasis: Emphasis = {}): number {
  const lines = breakLines(styledText(text, emphasis), size, column.width);
  column.y = drawLines(flow.doc, lines, column.x, column.y, column.width, 'center', size);
  return widestLine(lines);
}

function ruleUnder(flow: PageFlow, column: Column, length: number): void {
  const start = column.x + (column.width - length) / 2;
  drawRule(flow.doc, start, start + length, column.y + RULE_OFFSET);
  column.y += RULE_OFFSET + RULE_TO_NEXT_LINE;
}

/**
 * The two-column header of Decree 30: the parent and issuing bodies (a short rule under the latter)
 * on the left, the national name and the motto (a rule as long as the motto) on the right; then the
 * number (and a letter's "V/v ...") level with the place and date, whichever column ran longer.
 */
export function writeHeader(flow: PageFlow, block: HeaderBlock): void {
  const { size } = officialFormat;
  const leftWidth = flow.width * officialFormat.headerLeftShare;
  const left: Column = { x: flow.left, width: leftWidth, y: flow.y };
  const right: Column = { x: flow.left + leftWidth, width: flow.width - leftWidth, y: flow.y };

  if (block.parentBody !== null) writeCentred(flow, left, block.parentBody, size.header);
  writeCentred(flow, left, block.issuingBody, size.header, { bold: true });
  ruleUnder(flow, left, left.width * officialFormat.issuerRuleShare);

  writeCentred(flow, right, officialFormat.nationalName, size.nationalName, { bold: true });
  const mottoWidth = writeCentred(flow, right, officialFormat.motto, size.motto, { bold: true });
  ruleUnder(flow, right, mottoWidth);

  left.y = right.y = Math.max(left.y, right.y);
  writeCentred(flow, left, block.numberLine, size.numberLine);
  if (block.letterSubject !== null) {
    // A letter's summary (V/v ...) stands apart from its number, as the DOCX spaces it.
    left.y += officialFormat.letterSubjectGapPt;
    writeCentred(flow, left, block.letterSubject, size.table);
  }
  writeCentred(flow, right, block.placeAndDate, size.header, { italic: true });

  flow.y = Math.max(left.y, right.y) + SPACE_AFTER_HEADER;
}
