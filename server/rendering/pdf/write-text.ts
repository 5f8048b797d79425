import type { Align } from './pdf-types.js';
import { planPageBreaks } from './break-plan.js';
import { drawLine, lineHeightOf } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import { type StyledText, breakLines } from './text-layout.js';

interface TextOptions {
  size: number;
  align: Align;
  /** First-line indent in points. */
  indent?: number;
  /** Space under the text, in points. */
  spaceAfter?: number;
  /**
   * Height that must follow the last line on the same page: the start of the text under a heading,
   * the closing under the last paragraph.
   */
  keepWithNext?: number;
}

/**
 * Writes text across the full text width at the cursor, running on to new pages line by line where
 * break-plan.ts says: no single line of a paragraph alone on a page, and what it keeps with after it.
 */
export function writeText(flow: PageFlow, parts: StyledText[], options: TextOptions): void {
  const { size, align, indent = 0, spaceAfter = 0, keepWithNext = 0 } = options;
  const lines = breakLines(parts, size, flow.width, indent);
  const step = lineHeightOf(size);
  const breaks = planPageBreaks({
    y: flow.y,
    top: flow.top,
    bottom: flow.bottom,
    step,
    count: lines.length,
    spaceAfter,
    keep: keepWithNext,
  });
  lines.forEach((line, index) => {
    if (breaks.includes(index)) flow.newPage();
    const offset = index === 0 ? indent : 0;
    drawLine(flow.doc, line, flow.left + offset, flow.y, flow.width - offset, align, size);
    flow.y += step;
  });
  flow.y += spaceAfter;
}

/** The number of lines writeText would take at the current width, for keeping blocks together. */
export const lineCount = (flow: PageFlow, parts: StyledText[], size: number, indent = 0): number =>
  breakLines(parts, size, flow.width, indent).length;

/** The height writeText would take at the current width. */
export const textHeight = (flow: PageFlow, parts: StyledText[], size: number, indent = 0): number =>
  lineCount(flow, parts, size, indent) * lineHeightOf(size);

/**
 * The height of the start of a text of `count` lines that must stand on one page with what comes before
 * it: two lines; or all of a text of three lines or fewer, which is never split (a page would hold a
 * single line of it), with what that text keeps with after it.
 */
export const leadOfLines = (count: number, size: number, spaceAfter = 0, keep = 0): number =>
  count <= 3 ? count * lineHeightOf(size) + (keep > 0 ? spaceAfter + keep : 0) : 2 * lineHeightOf(size);
