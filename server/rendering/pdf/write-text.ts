import type { Align } from './pdf-types.js';
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
  /** Extra height that must follow on the same page (a heading keeps the start of its text). */
  keepWithNext?: number;
}

/**
 * Writes text across the full text width at the cursor, running on to new pages line by line. A
 * paragraph never leaves a single line at the foot of a page.
 */
export function writeText(flow: PageFlow, parts: StyledText[], options: TextOptions): void {
  const { size, align, indent = 0, spaceAfter = 0, keepWithNext = 0 } = options;
  const lines = breakLines(parts, size, flow.width, indent);
  const step = lineHeightOf(size);
  flow.ensure(Math.min(lines.length, 2) * step + keepWithNext);
  lines.forEach((line, index) => {
    if (!flow.fits(step)) flow.newPage();
    const offset = index === 0 ? indent : 0;
    drawLine(flow.doc, line, flow.left + offset, flow.y, flow.width - offset, align, size);
    flow.y += step;
  });
  flow.y += spaceAfter;
}

/** The height writeText would take at the current width, for keeping blocks together. */
export function textHeight(flow: PageFlow, parts: StyledText[], size: number, indent = 0): number {
  return breakLines(parts, size, flow.width, indent).length * lineHeightOf(size);
}
