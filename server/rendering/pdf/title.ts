import type { TitleBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { drawLines, drawRule, lineHeightOf } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import { type Line, breakLines, styledText, widestLine } from './text-layout.js';

const size = officialFormat.size.title;
const spacing = officialFormat.paragraphSpacingPt;
/** The rule sits just under the descenders of the line above it, as the header's do. */
const RULE_OFFSET = 2;
/** From the title (or its rule) to what follows. */
const SPACE_AFTER = 2 * spacing;

/** The rule under the summary (trích yếu), as long as the DOCX draws it (officialFormat.subjectRuleShare). */
const subjectRuleLength = (textWidth: number, lineWidth: number): number =>
  Math.min(textWidth, lineWidth) * officialFormat.subjectRuleShare;

interface TitleLayout {
  type: Line[];
  subject: Line[];
  /** The text the rule goes under: the summary, or an annex title's type; none for "QUYẾT ĐỊNH:". */
  ruled: string | null;
  /** From the top of the type to the end of the space under the title. */
  height: number;
}

function layoutTitle(flow: PageFlow, block: TitleBlock, annexTitle: boolean): TitleLayout {
  const type = breakLines(styledText(block.type, { bold: true }), size, flow.width);
  const subject = block.subject === null ? [] : breakLines(styledText(block.subject, { bold: true }), size, flow.width);
  const ruled = block.subject !== null ? block.subject : annexTitle ? block.type : null;
  const height = (type.length + subject.length) * lineHeightOf(size) + (ruled !== null ? RULE_OFFSET : 0) + SPACE_AFTER;
  return { type, subject, ruled, height };
}

/** The height of a title with the space above and under it, for what comes before it to keep with. */
export const titleHeight = (flow: PageFlow, block: TitleBlock, annexTitle: boolean) =>
  spacing + layoutTitle(flow, block, annexTitle).height;

/**
 * The document type and its summary, centred and bold, the rule under the summary; kept on one page
 * with `keep` (the start of what follows). `annexTitle`: the title opens an annex, and is ruled even
 * without a summary.
 */
export function writeTitle(flow: PageFlow, block: TitleBlock, keep: number, annexTitle: boolean): void {
  const { type, subject, ruled, height } = layoutTitle(flow, block, annexTitle);
  flow.y += spacing;
  flow.ensure(height + keep);
  flow.y = drawLines(flow.doc, type, flow.left, flow.y, flow.width, 'center', size);
  flow.y = drawLines(flow.doc, subject, flow.left, flow.y, flow.width, 'center', size);
  if (ruled !== null) {
    // The line as it would run unwrapped: a summary that wraps is as wide as the text.
    const unwrapped = widestLine(breakLines(styledText(ruled, { bold: true }), size, Number.POSITIVE_INFINITY));
    const length = subjectRuleLength(flow.width, unwrapped);
    const start = flow.left + (flow.width - length) / 2;
    flow.y += RULE_OFFSET;
    drawRule(flow.doc, start, start + length, flow.y);
  }
  flow.y += SPACE_AFTER;
}
