import { BorderStyle, LineRuleType, Paragraph, TabStopType, type IParagraphOptions, type ParagraphChild } from 'docx';
import {
  ALIGNMENT,
  BODY_SPACING,
  FIRST_LINE_INDENT,
  STYLES,
  TIGHT_SPACING,
  type Align,
  type ParagraphLook,
  type StyleId,
} from './styles.js';
import { FONT } from './text-runs.js';
import { ptToHalfPoints, ptToTwips } from './units.js';

/** Paragraph building blocks shared by the block renderers. */

export interface ParagraphOptions {
  /** Compact (single-spaced, left, no indent) unless told otherwise. */
  style?: StyleId;
  align?: Align;
  /** First-line indent of body text. */
  indent?: boolean;
  spacing?: 'body' | 'tight';
  /** Space before and after, in points; the spacing's when absent. */
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Keep with the next paragraph and keep its lines on one page. */
  keep?: boolean;
  /** Indent from the right edge, in twips. */
  rightIndentTwips?: number;
  /**
   * Where the lines start, in twips from the text's left edge; the first line at the first-line indent when
   * `indent`, hanging out of the others, and a tab on it leads to the others' start.
   */
  leftTwips?: number;
}

/** The spacing a look gives, as w:spacing attributes. */
const spacingOf = (spacing: 'body' | 'tight', beforePt: number) => ({
  ...(spacing === 'body' ? BODY_SPACING : TIGHT_SPACING),
  before: ptToTwips(beforePt),
});

/** The w:spacing attributes that differ from the style's; none when all agree. */
function spacingChanges(look: ParagraphLook, options: ParagraphOptions) {
  const style = spacingOf(look.spacing, look.spaceBeforePt);
  const wanted = {
    ...spacingOf(options.spacing ?? look.spacing, options.spaceBeforePt ?? look.spaceBeforePt),
    ...(options.spaceAfterPt === undefined ? {} : { after: ptToTwips(options.spaceAfterPt) }),
  };
  const changes = {
    ...(wanted.before !== style.before ? { before: wanted.before } : {}),
    ...(wanted.after !== style.after ? { after: wanted.after } : {}),
    ...(wanted.line !== style.line ? { line: wanted.line, lineRule: wanted.lineRule } : {}),
  };
  return Object.keys(changes).length > 0 ? { spacing: changes } : {};
}

/** The direct formatting a paragraph needs on top of its style: only what differs. */
function directFormatting(look: ParagraphLook, options: ParagraphOptions): Partial<IParagraphOptions> {
  const align = options.align ?? look.align;
  const firstLine = (options.indent ?? look.firstLineIndent) ? FIRST_LINE_INDENT : 0;
  const lookFirstLine = look.firstLineIndent ? FIRST_LINE_INDENT : 0;
  const { leftTwips, rightIndentTwips } = options;
  const hanging = leftTwips !== undefined && firstLine > 0 ? leftTwips - firstLine : 0;
  const indent = {
    ...(leftTwips !== undefined
      ? { left: leftTwips, ...(hanging > 0 ? { hanging } : { firstLine: 0 }) }
      : firstLine !== lookFirstLine
        ? { firstLine }
        : {}),
    ...(rightIndentTwips ? { right: rightIndentTwips } : {}),
  };
  return {
    ...(align !== look.align ? { alignment: ALIGNMENT[align] } : {}),
    ...(Object.keys(indent).length > 0 ? { indent } : {}),
    ...spacingChanges(look, options),
    ...(options.keep && !look.keep ? { keepNext: true, keepLines: true } : {}),
    // An explicit stop where the lines hang: the tab after "Kính gửi:" lands there in Word and LibreOffice alike.
    ...(hanging > 0 ? { tabStops: [{ type: TabStopType.LEFT, position: leftTwips! }] } : {}),
  };
}

export function paragraph(children: ParagraphChild[], options: ParagraphOptions = {}): Paragraph {
  const style = options.style ?? 'Compact';
  return new Paragraph({
    // Normal is every paragraph's default; naming it would only repeat it.
    ...(style === 'Normal' ? {} : { style }),
    children,
    ...directFormatting(STYLES[style], options),
  });
}

/** An empty line of the given size: the space left for the signature, the gap under the subject. */
export const emptyLine = (sizePt: number, options: { keep?: boolean } = {}): Paragraph =>
  new Paragraph({
    style: 'Compact',
    ...(options.keep ? { keepNext: true, keepLines: true } : {}),
    run: { font: FONT, size: ptToHalfPoints(sizePt) },
  });

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
export function ruleParagraph(ruleWidth: number, containerWidth: number, options: { keep?: boolean } = {}): Paragraph {
  const side = Math.max(0, Math.round((containerWidth - ruleWidth) / 2));
  return new Paragraph({
    style: 'Compact',
    border: { bottom: RULE_BORDER },
    indent: { left: side, right: side },
    spacing: { line: RULE_LINE_HEIGHT, lineRule: LineRuleType.EXACT },
    ...(options.keep ? { keepNext: true, keepLines: true } : {}),
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
    style: 'Compact',
    pageBreakBefore: true,
    spacing: { line: 20, lineRule: LineRuleType.EXACT },
    run: { font: FONT, size: 2 },
  });
