import type { RichText } from '#templates/document-model.js';
import { safeText } from '../safe-text.js';
import { type FontStyle, styleOf, textWidth } from './fonts.js';

/**
 * Line breaking, done here rather than by pdfkit: pdfkit cannot justify text whose runs change font
 * ("continued" text justifies each run on its own), and measuring lines ahead is what lets tables,
 * headers and the closing know their height before anything is drawn.
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
}

export interface Line {
  words: Word[];
  /** The natural width: the words and one space after each but the last. */
  width: number;
  /** The last line of a paragraph or a line ended by "\n": never stretched when justifying. */
  hardEnd: boolean;
}

export interface Emphasis {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Rich text as styled parts, each made safe (NFC, no invisible controls) before it can be drawn. */
export function styledText(text: RichText, base: Emphasis = {}): StyledText[] {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return runs.map((run) => ({
    text: safeText(run.text),
    style: styleOf(base.bold || run.bold, base.italic || run.italic),
    underline: Boolean(base.underline || run.underline),
  }));
}

/** The space drawn after a word: pdfkit widens the space of the font the word ends in. */
export const spaceAfter = (word: Word, size: number) =>
  textWidth(' ', word.pieces[word.pieces.length - 1]!.style, size);

// Tabs and the other spacing characters separate words like a space; U+2028/2029 break the line.
// C1 controls and the soft hyphen have no visible form, so they are dropped rather than drawn as boxes.
const TOKEN = /(\n|[ \t\u2000-\u200a\u205f\u3000]+)/;
const INVISIBLE = /[\u0080-\u009f\u00ad]/g;

type Token = Word | 'break';

function tokens(parts: StyledText[], size: number): Token[] {
  const result: Token[] = [];
  let current: Piece[] = [];
  const endWord = () => {
    if (current.length) result.push({ pieces: current, width: current.reduce((sum, piece) => sum + piece.width, 0) });
    current = [];
  };
  for (const part of parts) {
    const text = part.text.replace(/[\u2028\u2029]/g, '\n').replace(INVISIBLE, '');
    for (const token of text.split(TOKEN)) {
      if (token === '') continue;
      if (token === '\n') {
        endWord();
        result.push('break');
      } else if (TOKEN.test(token)) {
        endWord();
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
function splitWord(word: Word, firstSpace: number, lineWidth: number, size: number): Word[] {
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
  return chunks;
}

/** Breaks styled text into lines of at most `width` points; the first line is `firstIndent` shorter. */
export function breakLines(parts: StyledText[], size: number, width: number, firstIndent = 0): Line[] {
  const lines: Line[] = [];
  let line: Line = { words: [], width: 0, hardEnd: false };
  let available = width - firstIndent;
  const endLine = (hardEnd: boolean) => {
    lines.push({ ...line, hardEnd });
    line = { words: [], width: 0, hardEnd: false };
    available = width;
  };
  const place = (word: Word) => {
    const last = line.words[line.words.length - 1];
    const gap = last ? spaceAfter(last, size) : 0;
    if (line.words.length && line.width + gap + word.width > available + EPSILON) {
      endLine(false);
      return place(word);
    }
    line.words.push(word);
    line.width += gap + word.width;
  };
  for (const token of tokens(parts, size)) {
    if (token === 'break') {
      endLine(true);
    } else if (token.width > (line.words.length ? width : available) + EPSILON) {
      // Wider than a line of its own: fill what is left of this line, then whole lines.
      const last = line.words[line.words.length - 1];
      const room = last ? available - line.width - spaceAfter(last, size) : available;
      const [first, ...rest] = splitWord(token, Math.max(room, 0), width, size);
      if (first && first.pieces.length) place(first);
      else if (!line.words.length) endLine(false); // not one letter fits after the indent
      for (const chunk of rest) {
        if (line.words.length) endLine(false);
        place(chunk);
      }
    } else {
      place(token);
    }
  }
  endLine(true);
  return lines;
}

/** The widest natural line width, for rules as long as their text. */
export const widestLine = (lines: Line[]) => lines.reduce((widest, line) => Math.max(widest, line.width), 0);
