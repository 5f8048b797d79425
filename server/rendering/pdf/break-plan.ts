/**
 * Where the lines of one text go across pages. Lines fill a page and run on to the next, with three
 * rules, the most important first:
 * 1. `keep` (the height of what must follow the text on the same page: the closing after the last
 *    paragraph, the start of the text under a heading) fits under the last line: the signature never
 *    stands alone on a page, a heading never ends one;
 * 2. no page holds a single line of a text that runs over pages (no orphan, no widow);
 * 3. as few lines as possible are moved from where they would naturally fall.
 */

export interface BreakPlanInput {
  /** The cursor on the current page, its text area's top and bottom. */
  y: number;
  top: number;
  bottom: number;
  /** The line height, and the number of lines. */
  step: number;
  count: number;
  /** Space under the text, before what it keeps with. */
  spaceAfter: number;
  keep: number;
}

const EPSILON = 1e-6;

interface Layout {
  /** The indexes of the lines that start a page (0: the text starts on the next page). */
  breaks: number[];
  score: number;
}

/** Lays the lines out from the cursor, breaking before `forced` whatever room is left. */
function layout(input: BreakPlanInput, forced: number | null): Layout {
  const { top, bottom, step, count, spaceAfter, keep } = input;
  const breaks: number[] = [];
  let y = input.y;
  for (let index = 0; index < count; index++) {
    const atTop = y <= top + EPSILON;
    if (!atTop && (index === forced || y + step > bottom + EPSILON)) {
      breaks.push(index);
      y = top;
    }
    y += step;
  }
  const starts = [0, ...breaks.filter((index) => index > 0), count];
  const chunks = starts.slice(1).map((end, index) => end - starts[index]!);
  const keepFits = keep <= 0 || y + spaceAfter + keep <= bottom + EPSILON;
  const noSingleLine = chunks.length === 1 || chunks.every((lines) => lines >= 2);
  return { breaks, score: (keepFits ? 2 : 0) + (noSingleLine ? 1 : 0) };
}

/** The lines (by index) before which a new page starts; 0 when the whole text moves to the next page. */
export function planPageBreaks(input: BreakPlanInput): number[] {
  let best = layout(input, null);
  // From moving the last line to moving the whole text: the first layout that keeps the rules wins.
  for (let forced = input.count - 1; forced >= 0 && best.score < 3; forced--) {
    const candidate = layout(input, forced);
    if (candidate.score > best.score) best = candidate;
  }
  return best.breaks;
}
