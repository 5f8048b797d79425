import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withPdf } from './read-documents.js';

/**
 * The straight lines a PDF draws (rules, borders, boxes), read from pdf.js's operator list with the
 * transformations applied, in points from the page's top left corner like the words of pdfWords.
 */

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Every page's line segments (a rectangle gives its four sides). */
export const pdfSegments = (bytes: Buffer) =>
  withPdf(bytes, async (pdf) => {
    const pages: Segment[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      // The page's own transformation, then the viewport's, maps user space to top-left points.
      const toPage = viewport.transform as Matrix;
      const { fnArray, argsArray } = await page.getOperatorList();
      const segments: Segment[] = [];
      const stack: Matrix[] = [];
      let ctm: Matrix = [1, 0, 0, 1, 0, 0];
      const add = (from: [number, number], to: [number, number]) => {
        const [x1, y1] = apply(toPage, ...apply(ctm, ...from));
        const [x2, y2] = apply(toPage, ...apply(ctm, ...to));
        segments.push({ x1, y1, x2, y2 });
      };
      fnArray.forEach((fn, index) => {
        const args = argsArray[index] as unknown[];
        if (fn === OPS.save) stack.push(ctm);
        else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
        else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
        else if (fn === OPS.constructPath) {
          const [ops, coords] = args as [number[], number[]];
          let at = 0;
          let current: [number, number] = [0, 0];
          for (const op of ops) {
            if (op === OPS.moveTo || op === OPS.lineTo) {
              const point: [number, number] = [coords[at]!, coords[at + 1]!];
              if (op === OPS.lineTo) add(current, point);
              current = point;
              at += 2;
            } else if (op === OPS.rectangle) {
              const [x, y, w, h] = coords.slice(at, at + 4) as [number, number, number, number];
              const corners: [number, number][] = [
                [x, y],
                [x + w, y],
                [x + w, y + h],
                [x, y + h],
              ];
              corners.forEach((corner, side) => add(corner, corners[(side + 1) % 4]!));
              at += 4;
            } else if (op === OPS.curveTo) at += 6;
            else if (op === OPS.curveTo2 || op === OPS.curveTo3) at += 4;
          }
        }
      });
      pages.push(segments);
      page.cleanup();
    }
    return pages;
  });

/** The horizontal segments of a page, left to right. */
export const horizontal = (segments: Segment[]) =>
  segments
    .filter((segment) => Math.abs(segment.y1 - segment.y2) < 0.01 && Math.abs(segment.x1 - segment.x2) > 0.01)
    .map((segment) => ({
      y: segment.y1,
      xMin: Math.min(segment.x1, segment.x2),
      xMax: Math.max(segment.x1, segment.x2),
    }));
