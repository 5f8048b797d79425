import type { RichText } from '#templates/document-model.js';
import { safeText } from '../safe-text.js';
import { styleOf, textWidth } from './fonts.js';
import { type StyledText, type Word, splitWord, tokens } from './words.js';

export type { StyledText, Word } from './words.js';

/**
 * Line breaking, done here rather than by pdfkit: pdfkit cannot justify text whose runs change font
 * ("continued" text justifies each run on its own), and measuring lines ahead is what lets tables,
 * headers and the closing know their height before anything is drawn.
 */

export interface Line {
  words: Word[];
  /** The natural width: the words and the gaps between them. */
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
const spaceAfter = (word: Word, size: number) => textWidth(' ', word.pieces[word.pieces.length - 1]!.style, size);

/** The gap between two words on a line: one space, or the blank typed between them. */
export const gapBetween = (previous: Word, word: Word, size: number) => (word.spaces ?? 1) * spaceAfter(previous, size);

const EPSILON = 1e-6;

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
    const gap = last ? gapBetween(last, word, size) : 0;
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
      const room = last ? available - line.width - gapBetween(last, token, size) : available;
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
