import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import { officialFormat } from '#templates/official-format.js';
import { FONT } from './text-runs.js';
import { lineMultipleToAuto, mmToTwips, ptToHalfPoints, ptToTwips } from './units.js';

/** Paragraph building blocks shared by the block renderers. */

type Align = 'justify' | 'center' | 'left' | 'right';

const ALIGNMENT = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

const FIRST_LINE_INDENT = mmToTwips(officialFormat.firstLineIndentMm);

/** Body spacing: at least 6 pt between paragraphs (Decree 30) and 1.15 lines. */
const BODY_SPACING = {
  before: 0,
  after: ptToTwips(officialFormat.paragraphSpacingPt),
  line: lineMultipleToAuto(officialFormat.lineHeight),
  lineRule: LineRuleType.AUTO,
} as const;

/** Single spacing, nothing between paragraphs: the header, the closing and table cells. */
const TIGHT_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

interface ParagraphOptions {
  align?: Align;
  /** First-line indent of body text. */
  indent?: boolean;
  /** Body spacing (after and line height) rather than tight spacing. */
  body?: boolean;
  /** Extra space before, in points. */
  spaceBeforePt?: number;
  keepNext?: boolean;
  /** Indent from the right edge, in twips. */
  rightIndentTwips?: number;
}

export function paragraph(children: ParagraphChild[], options: ParagraphOptions = {}): Paragraph {
  const spacing = options.body ? BODY_SPACING : TIGHT_SPACING;
  const indent = {
    ...(options.indent ? { firstLine: FIRST_LINE_INDENT } : {}),
    ...(options.rightIndentTwips ? { right: options.rightIndentTwips } : {}),
  };
  return new Paragraph({
    children,
    alignment: ALIGNMENT[options.align ?? 'left'],
    spacing: options.spaceBeforePt ? { ...spacing, before: ptToTwips(options.spaceBeforePt) } : spacing,
    ...(Object.keys(indent).length > 0 ? { indent } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });
}

/** An empty line of the given size: the space left for the signature, the gap under the subject. */
export const emptyLine = (sizePt: number): Paragraph =>
  new Paragraph({ spacing: TIGHT_SPACING, run: { font: FONT, size: ptToHalfPoints(sizePt) } });

/** Height of the paragraph that carries a rule: its bottom border then clears the descenders above it. */
const RULE_LINE_HEIGHT = ptToTwips(4);
const RULE_BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } as const;

/**
 * A short centred horizontal rule (under the issuing body, the motto, the subject). A paragraph's
 * border runs between its left and right indents, so an empty paragraph indented from both sides
 * draws a rule of any length; Word and LibreOffice both render it, unlike drawn shapes, which need
 * VML or DrawingML anchors and move when the text reflows. The rule is the bottom border of a
 * paragraph a few points high, so it sits just below the line above rather than touching it.
 */
export function ruleParagraph(ruleWidth: number, containerWidth: number): Paragraph {
  const side = Math.max(0, Math.round((containerWidth - ruleWidth) / 2));
  return new Paragraph({
    border: { bottom: RULE_BORDER },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: RULE_LINE_HEIGHT, lineRule: LineRuleType.EXACT },
    // The paragraph mark's size sets the empty paragraph's height in LibreOffice.
    run: { font: FONT, size: 2 },
  });
}

/**
 * Starts the next page. An almost zero-height paragraph that breaks before itself, rather than a
 * <w:br w:type="page"/> inside a paragraph, which leaves an empty line at the top of the new page.
 */
export const pageBreakParagraph = (): Paragraph =>
  new Paragraph({
    pageBreakBefore: true,
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { font: FONT, size: 2 },
  });
