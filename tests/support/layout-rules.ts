import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentModel } from '#templates/document-model.js';
import { capitals, type PdfLine, type PdfPageLines } from './layout-lines.js';

/**
 * The horizontal rules a PDF draws (Decree 30's short lines under the issuing body, the motto and the
 * summary), read from each page's drawing operations with pdf.js, and the check that every summary
 * (trích yếu) under a document's title has its rule.
 */

/** A horizontal stroke or a thin filled bar, in points from the page's top left corner. */
export interface PdfRule {
  x1: number;
  x2: number;
  y: number;
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` after `inner`: what a point drawn under `inner` inside a space set by `outer` lands on. */
const compose = (outer: Matrix, inner: Matrix): Matrix => {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
};
const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] => [
  a * x + c * y + e,
  b * x + d * y + f,
];

const paints = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
/** A bar this thin or thinner is a rule, whether stroked or filled. */
const THIN = 2;

/** The straight horizontal pieces of one path, in the page's default space (PDF units, origin bottom left). */
function horizontalPieces(ops: number[], args: number[], ctm: Matrix): { x1: number; x2: number; y: number }[] {
  const pieces: { x1: number; x2: number; y: number }[] = [];
  let at: [number, number] = [0, 0];
  let j = 0;
  for (const op of ops) {
    if (op === OPS.moveTo) {
      at = apply(ctm, args[j]!, args[j + 1]!);
      j += 2;
    } else if (op === OPS.lineTo) {
      const to = apply(ctm, args[j]!, args[j + 1]!);
      j += 2;
      if (Math.abs(to[1] - at[1]) < 0.5 && Math.abs(to[0] - at[0]) > THIN)
        pieces.push({ x1: Math.min(at[0], to[0]), x2: Math.max(at[0], to[0]), y: (at[1] + to[1]) / 2 });
      at = to;
    } else if (op === OPS.rectangle) {
      const [x, y, width, height] = [args[j]!, args[j + 1]!, args[j + 2]!, args[j + 3]!];
      j += 4;
      const [p, q] = [apply(ctm, x, y), apply(ctm, x + width, y + height)];
      if (Math.abs(q[1] - p[1]) <= THIN && Math.abs(q[0] - p[0]) > THIN)
        pieces.push({ x1: Math.min(p[0], q[0]), x2: Math.max(p[0], q[0]), y: (p[1] + q[1]) / 2 });
    } else if (op === OPS.curveTo) j += 6;
    else if (op === OPS.curveTo2 || op === OPS.curveTo3) j += 4;
  }
  return pieces;
}

/** Every page's horizontal rules that are painted (clipping paths left out), in reading coordinates. */
export async function pdfRules(bytes: Buffer): Promise<PdfRule[][]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: PdfRule[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const { fnArray, argsArray } = await page.getOperatorList();
      const rules: PdfRule[] = [];
      const stack: Matrix[] = [];
      let ctm = identity;
      let pending: { x1: number; x2: number; y: number }[] = [];
      fnArray.forEach((fn, index) => {
        const args = argsArray[index] as unknown[];
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? identity;
        else if (fn === OPS.transform) ctm = compose(ctm, args as Matrix);
        else if (fn === OPS.paintFormXObjectBegin) {
          stack.push(ctm);
          if (Array.isArray(args[0])) ctm = compose(ctm, args[0] as Matrix);
        } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? identity;
        else if (fn === OPS.constructPath) pending = horizontalPieces(args[0] as number[], args[1] as number[], ctm);
        else if (paints.has(fn) || fn === OPS.endPath) {
          if (paints.has(fn))
            for (const piece of pending) {
              const [x1, y] = viewport.convertToViewportPoint(piece.x1, piece.y) as [number, number];
              const [x2] = viewport.convertToViewportPoint(piece.x2, piece.y) as [number, number];
              rules.push({ x1: Math.min(x1, x2), x2: Math.max(x1, x2), y });
            }
          pending = [];
        }
      });
      pages.push(rules);
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** The run of consecutive lines of a page that reads as `text` (in capitals or not), or null. */
function findLines(lines: PdfLine[], text: string): PdfLine[] | null {
  const wanted = capitals(text);
  for (let start = 0; start < lines.length; start++) {
    let joined = '';
    for (let end = start; end < lines.length; end++) {
      joined = capitals(`${joined} ${lines[end]!.text}`);
      if (joined === wanted) return lines.slice(start, end + 1);
      if (!wanted.startsWith(joined)) break;
    }
  }
  return null;
}

/** Decree 30: the rule is a third to a half of the line above it; half a point either way for rounding. */
const ruleFits = (length: number, lineWidth: number) => length >= lineWidth / 3 - 0.5 && length <= lineWidth / 2 + 0.5;

/**
 * Every title's summary (trích yếu: "Về việc ...", an annex's subject) has a rule under its last line:
 * below the middle of that line and above where a next line would start, centred on the summary, a
 * third to a half as long as the summary's widest line or its last one. Returns what was wrong.
 */
export function summaryRuleProblems(model: DocumentModel, pages: PdfPageLines[], rules: PdfRule[][]): string[] {
  const summaries = model.blocks.flatMap((block) =>
    block.kind === 'title' && block.subject !== null ? [block.subject] : [],
  );
  return summaries.flatMap((summary) => {
    const label = `"${summary.slice(0, 50)}"`;
    const found = pages
      .map((page, index) => ({ index, lines: findLines(page.lines, summary) }))
      .find((candidate) => candidate.lines !== null);
    if (!found?.lines) return [`summary ${label} not found in the PDF text`];
    const last = found.lines.at(-1)!;
    const height = last.bottom - last.top;
    const centre = (last.xMin + last.xMax) / 2;
    const widest = Math.max(...found.lines.map((line) => line.xMax - line.xMin));
    const under = rules[found.index]!.filter(
      (rule) =>
        rule.y > last.top + height / 2 &&
        rule.y < last.bottom + height &&
        Math.abs((rule.x1 + rule.x2) / 2 - centre) < 2,
    );
    if (under.length === 0) return [`page ${found.index + 1}: no rule under the summary ${label}`];
    const fitting = under.some(
      (rule) => ruleFits(rule.x2 - rule.x1, widest) || ruleFits(rule.x2 - rule.x1, last.xMax - last.xMin),
    );
    return fitting
      ? []
      : [
          `page ${found.index + 1}: the rule under ${label} is ${(under[0]!.x2 - under[0]!.x1).toFixed(1)} pt, ` +
            `not a third to a half of the summary's ${widest.toFixed(1)} pt`,
        ];
  });
}
