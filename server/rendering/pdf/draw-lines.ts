import { officialFormat } from '#templates/official-format.js';
import { useFont } from './fonts.js';
import type { Align, PdfDocument } from './pdf-types.js';
import { type Line, type StyledText, gapBetween } from './text-layout.js';

/** The distance from one line's top to the next: the font size times Decree 30's line height. */
export const lineHeightOf = (size: number) => size * officialFormat.lineHeight;

/** Consecutive words of one style on a line, drawn with one text operation. */
interface Span extends StyledText {
  x: number;
  /** Each word's part of the span and where it starts. */
  parts: { text: string; x: number }[];
}

// pdfkit's justification splits a span at every JavaScript \s, no-break spaces included, and would
// stretch those too; spans holding one are drawn word by word instead.
const NO_BREAK_SPACE = /[\u00a0\u1680\u202f]/;

/**
 * Draws one laid-out line with its top at y, within [x, x + width]. Justified lines spread the extra
 * space over the gaps between words; the last line of a paragraph is left aligned. Every span is
 * drawn with lineBreak: false at an explicit position, so pdfkit never wraps or adds a page itself.
 */
export function drawLine(
  doc: PdfDocument,
  line: Line,
  x: number,
  y: number,
  width: number,
  align: Align,
  size: number,
): void {
  if (!line.words.length) return;
  const slack = Math.max(0, width - line.width);
  const stretch = align === 'justify' && !line.hardEnd && line.words.length > 1 ? slack / (line.words.length - 1) : 0;
  let cursor = align === 'center' ? x + slack / 2 : align === 'right' ? x + slack : x;

  let span: Span | null = null;
  const flush = () => {
    if (span?.text) {
      const { style, underline } = span;
      useFont(doc, style, size);
      if (stretch && NO_BREAK_SPACE.test(span.text)) {
        for (const part of span.parts) doc.text(part.text, part.x, y, { lineBreak: false, underline });
      } else {
        // pdfkit widens every space in the span by wordSpacing (the same font's space plus the stretch).
        doc.text(span.text, span.x, y, { lineBreak: false, wordSpacing: stretch, underline });
      }
    }
    span = null;
  };
  line.words.forEach((word, index) => {
    if (index > 0) {
      cursor += gapBetween(line.words[index - 1]!, word, size) + stretch;
      // A blank of several spaces: the word starts a span of its own at its exact place.
      if ((word.spaces ?? 1) > 1) flush();
    }
    word.pieces.forEach((piece, pieceIndex) => {
      const startsWord = pieceIndex === 0 && index > 0;
      if (span && span.style === piece.style && span.underline === piece.underline) {
        span.text += startsWord ? ` ${piece.text}` : piece.text;
        span.parts.push({ text: piece.text, x: cursor });
      } else {
        flush();
        span = {
          text: piece.text,
          style: piece.style,
          underline: piece.underline,
          x: cursor,
          parts: [{ text: piece.text, x: cursor }],
        };
      }
      cursor += piece.width;
    });
  });
  flush();
}

/** Draws lines one under the other from y; returns the y under the last one. */
export function drawLines(
  doc: PdfDocument,
  lines: Line[],
  x: number,
  y: number,
  width: number,
  align: Align,
  size: number,
): number {
  const step = lineHeightOf(size);
  for (const line of lines) {
    drawLine(doc, line, x, y, width, align, size);
    y += step;
  }
  return y;
}

/** A horizontal rule (the short line under the issuing body, the one under the motto). */
export function drawRule(doc: PdfDocument, x1: number, x2: number, y: number): void {
  doc.save().lineWidth(0.6).moveTo(x1, y).lineTo(x2, y).stroke().restore();
}
