import { type FontStyle, textWidth } from './fonts.js';

/**
 * Styled text cut into words and line breaks, and words too wide for a line cut into chunks: the
 * pieces text-layout.ts breaks into lines.
 */

export interface StyledText {
  text: string;
  style: FontStyle;
  underline: boolean;
}

/** A part of a word in one style: "Điều" bold followed by "," regular is one word of two pieces. */
interface Piece extends StyledText {
  width: number;
}

export interface Word {
  pieces: Piece[];
  width: number;
  /**
   * The spaces typed before the word when more than one: a blank left to fill by hand ("Số:      /QĐ",
   * "ngày      tháng") keeps its width, as in the DOCX. Absent: one space.
   */
  spaces?: number;
}

export type Token = Word | 'break';

// Tabs and the other spacing characters separate words like a space; U+2028/2029 break the line.
// C1 controls and the soft hyphen have no visible form, so they are dropped rather than drawn as boxes.
const SEPARATOR = /(\n|[ \t\u2000-\u200a\u205f\u3000]+)/;
const PLAIN_SPACES = /^ +$/;
const INVISIBLE = /[\u0080-\u009f\u00ad]/g;

/** Words and line breaks; a run of plain spaces between two words on a line is kept as its count. */
export function tokens(parts: StyledText[], size: number): Token[] {
  const result: Token[] = [];
  let current: Piece[] = [];
  let spaces = 0;
  const endWord = () => {
    if (current.length) {
      const word: Word = { pieces: current, width: current.reduce((sum, piece) => sum + piece.width, 0) };
      if (spaces > 1 && typeof result.at(-1) === 'object') word.spaces = spaces;
      result.push(word);
      spaces = 0;
    }
    current = [];
  };
  for (const part of parts) {
    const text = part.text.replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '');
    for (const token of text.split(SEPARATOR)) {
      if (token === '') continue;
      if (token === '\n') {
        endWord();
        result.push('break');
        spaces = 0;
      } else if (SEPARATOR.test(token)) {
        endWord();
        // Spaces run on across runs of different styles; a tab or another spacing character is one gap.
        spaces = PLAIN_SPACES.test(token) ? spaces + token.length : Math.max(spaces, 1);
      } else {
        current.push({ ...part, text: token, width: textWidth(token, part.style, size) });
      }
    }
  }
  endWord();
  return result;
}

const EPSILON = 1e-6;
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Pieces of one style merged back, with their widths measured as drawn (kerning included). */
function wordOf(chars: StyledText[], size: number): Word {
  const pieces: Piece[] = [];
  for (const char of chars) {
    const last = pieces[pieces.length - 1];
    if (last && last.style === char.style && last.underline === char.underline) last.text += char.text;
    else pieces.push({ ...char, width: 0 });
  }
  for (const piece of pieces) piece.width = textWidth(piece.text, piece.style, size);
  return { pieces, width: pieces.reduce((sum, piece) => sum + piece.width, 0) };
}

/**
 * Cuts a word wider than a line into chunks: the first fills `firstSpace` (possibly nothing), the
 * others a whole `lineWidth`. Cuts between graphemes, so a letter never loses its tone mark.
 */
export function splitWord(word: Word, firstSpace: number, lineWidth: number, size: number): Word[] {
  const chars = word.pieces.flatMap((piece) =>
    Array.from(graphemes.segment(piece.text), ({ segment }) => ({
      text: segment,
      style: piece.style,
      underline: piece.underline,
    })),
  );
  const chunks: Word[] = [];
  let space = firstSpace;
  while (chars.length) {
    let count = 0;
    let estimate = 0;
    while (count < chars.length) {
      const char = chars[count]!;
      const next = estimate + textWidth(char.text, char.style, size);
      if (next > space + EPSILON) break;
      estimate = next;
      count++;
    }
    let chunk = wordOf(chars.slice(0, count), size);
    // Kerning can make the chunk wider than its letters' sum: drop letters until it fits.
    while (count > 1 && chunk.width > space + EPSILON) chunk = wordOf(chars.slice(0, --count), size);
    if (count === 0 && chunks.length === 0 && space < lineWidth) {
      chunks.push({ pieces: [], width: 0 }); // nothing fits after the words already on the line
    } else {
      chunks.push(wordOf(chars.splice(0, Math.max(count, 1)), size));
    }
    space = lineWidth;
  }
  // The first chunk stands where the word stood, after the same spaces.
  if (word.spaces !== undefined && chunks[0]?.pieces.length) chunks[0].spaces = word.spaces;
  return chunks;
}
