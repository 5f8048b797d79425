import type { PdfPageWords, PdfWord } from './read-documents.js';

/**
 * The lines of a PDF page as a reader sees them: words that share a band of the page, left to
 * right, with the box around them. The layout checks reason on these rather than on pdf.js's runs,
 * so a renderer may draw a line in one operation or word by word.
 */
export interface PdfLine {
  text: string;
  words: PdfWord[];
  xMin: number;
  xMax: number;
  /** Top and bottom of the glyphs, in points from the top of the page. */
  top: number;
  bottom: number;
}

export interface PdfPageLines {
  width: number;
  height: number;
  lines: PdfLine[];
}

/** Whitespace made single spaces, Unicode composed: text from either file compares with the model's. */
export const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Squashed and in capitals: a renderer may set a title or a name in capitals that the model writes in lower case. */
export const capitals = (text: string) => squash(text).toLocaleUpperCase('vi-VN');

interface Band {
  top: number;
  bottom: number;
  words: PdfWord[];
}

/** Two words are on one line when the middle of one lies within the other's band. */
const inBand = (band: Band, word: PdfWord) => {
  const middle = (word.yMin + word.yMax) / 2;
  return middle > band.top && middle < band.bottom;
};

function lineOf(words: PdfWord[]): PdfLine {
  const sorted = [...words].sort((a, b) => a.xMin - b.xMin);
  return {
    text: sorted.map((word) => word.text).join(' '),
    words: sorted,
    xMin: Math.min(...sorted.map((word) => word.xMin)),
    xMax: Math.max(...sorted.map((word) => word.xMax)),
    top: Math.min(...sorted.map((word) => word.yMin)),
    bottom: Math.max(...sorted.map((word) => word.yMax)),
  };
}

/** Every page's lines, top to bottom; words side by side in two columns make one line. */
export function pdfLines(pages: PdfPageWords[]): PdfPageLines[] {
  return pages.map(({ width, height, words }) => {
    const bands: Band[] = [];
    for (const word of [...words].sort((a, b) => a.yMin + a.yMax - (b.yMin + b.yMax))) {
      // Sorted by their middles, a word can only join one of the last bands opened.
      const band = bands.slice(-3).find((candidate) => inBand(candidate, word));
      if (band) {
        band.words.push(word);
        band.top = Math.min(band.top, word.yMin);
        band.bottom = Math.max(band.bottom, word.yMax);
      } else bands.push({ top: word.yMin, bottom: word.yMax, words: [word] });
    }
    return { width, height, lines: bands.map((band) => lineOf(band.words)).sort((a, b) => a.top - b.top) };
  });
}

/**
 * The lines of one column: the words whose middle lies between `left` and `right`, grouped again, so
 * the header's left column reads apart from the national name beside it.
 */
export function columnLines(page: PdfPageLines, left: number, right: number): PdfLine[] {
  return page.lines.flatMap((line) => {
    const words = line.words.filter((word) => {
      const middle = (word.xMin + word.xMax) / 2;
      return middle >= left && middle < right;
    });
    return words.length ? [lineOf(words)] : [];
  });
}

/** The words a text ends with, at most `count` of them, for finding where a block ends on the page. */
export const lastWords = (text: string, count: number) => squash(text).split(' ').slice(-count).join(' ');
