import { Tab, TextRun, UnderlineType } from 'docx';
import type { RichText, Run } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { safeText } from '../safe-text.js';
import { ptToHalfPoints } from './units.js';

/** The emphasis and size a piece of text gets unless its own runs say otherwise. */
interface TextStyle {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export const FONT = officialFormat.fontFamily;

const SINGLE_UNDERLINE = { type: UnderlineType.SINGLE } as const;

/**
 * One model run as docx runs: the text made safe, each "\n" a line break. The font is named on
 * every run, not only in the document defaults, so that pasting into another document keeps it.
 */
function docxRuns(run: Run, style: TextStyle): TextRun[] {
  const bold = run.bold ?? style.bold ?? false;
  const italics = run.italic ?? style.italic ?? false;
  const underlined = run.underline ?? style.underline ?? false;
  const size = ptToHalfPoints(style.size);
  return safeText(run.text)
    .split('\n')
    .map(
      (line, index) =>
        new TextRun({
          text: line,
          // `break` writes a <w:br/> before the text: every line after the first starts on a new line.
          ...(index > 0 ? { break: 1 } : {}),
          font: FONT,
          size,
          // Only what is on: a plain run then carries no <w:b w:val="false"/> noise.
          ...(bold ? { bold: true } : {}),
          ...(italics ? { italics: true } : {}),
          ...(underlined ? { underline: SINGLE_UNDERLINE } : {}),
        }),
    );
}

/** Plain or rich text as docx runs in the given style. */
export function textRuns(text: RichText, style: TextStyle): TextRun[] {
  const runs: Run[] = typeof text === 'string' ? [{ text }] : text;
  return runs.flatMap((run) => docxRuns(run, style));
}

/** A tab, to the paragraph's next tab stop, in the text's font and size. */
export const tabRun = (sizePt: number): TextRun =>
  new TextRun({ children: [new Tab()], font: FONT, size: ptToHalfPoints(sizePt) });
