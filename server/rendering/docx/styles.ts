import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { officialFormat } from '#templates/official-format.js';
import { FONT } from './text-runs.js';
import { lineMultipleToAuto, mmToTwips, ptToHalfPoints, ptToTwips } from './units.js';

/**
 * The document's paragraph styles. Paragraphs name one (w:pStyle) and carry as direct formatting only
 * what differs from it, so a clerk editing in Word gets the official look from Normal and the headings
 * when typing a new paragraph or applying a heading, and Word's navigation pane lists the headings.
 */

export type Align = 'justify' | 'center' | 'left' | 'right';

export const ALIGNMENT = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

export const FIRST_LINE_INDENT = mmToTwips(officialFormat.firstLineIndentMm);

/** Body spacing: at least 6 pt between paragraphs (Decree 30) and 1.15 lines. */
export const BODY_SPACING = {
  before: 0,
  after: ptToTwips(officialFormat.paragraphSpacingPt),
  line: lineMultipleToAuto(officialFormat.lineHeight),
  lineRule: LineRuleType.AUTO,
} as const;

/** Single spacing, nothing between paragraphs: the header, the closing and table cells. */
export const TIGHT_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** How a style lays a paragraph out; paragraph() writes directly only what differs from it. */
export interface ParagraphLook {
  align: Align;
  firstLineIndent: boolean;
  spacing: 'body' | 'tight';
  spaceBeforePt: number;
  /** Keep with the next paragraph and keep the lines together. */
  keep: boolean;
  bold: boolean;
}

const body: ParagraphLook = {
  align: 'justify',
  firstLineIndent: true,
  spacing: 'body',
  spaceBeforePt: 0,
  keep: false,
  bold: false,
};

/**
 * Normal is the body text. Headings keep the first-line indent, as the PDF draws them and as articles and
 * clauses start; they keep with what follows. Title is the document type and subject. Compact is the
 * single-spaced text of the header, the closing, table cells and the page number.
 */
export const STYLES = {
  Normal: body,
  Heading1: { ...body, align: 'left', spaceBeforePt: officialFormat.paragraphSpacingPt, keep: true, bold: true },
  Heading2: { ...body, align: 'left', keep: true, bold: true },
  Title: { ...body, align: 'center', firstLineIndent: false, spacing: 'tight', keep: true, bold: true },
  Compact: { ...body, align: 'left', firstLineIndent: false, spacing: 'tight' },
} satisfies Record<string, ParagraphLook>;

export type StyleId = keyof typeof STYLES;

/** Word's own names for the built-in styles, so that Word treats them as its Heading 1, Title... */
const NAMES: Record<StyleId, string> = {
  Normal: 'Normal',
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Title: 'Title',
  Compact: 'Compact',
};

const OUTLINE_LEVEL: Partial<Record<StyleId, number>> = { Heading1: 0, Heading2: 1 };

function paragraphStyle(id: StyleId): IParagraphStyleOptions {
  const look = STYLES[id];
  const spacing = look.spacing === 'body' ? BODY_SPACING : TIGHT_SPACING;
  return {
    id,
    name: NAMES[id],
    ...(id === 'Normal' ? {} : { basedOn: 'Normal', next: 'Normal' }),
    quickFormat: true,
    paragraph: {
      alignment: ALIGNMENT[look.align],
      indent: { firstLine: look.firstLineIndent ? FIRST_LINE_INDENT : 0 },
      spacing: { ...spacing, before: ptToTwips(look.spaceBeforePt) },
      ...(look.keep ? { keepNext: true, keepLines: true } : {}),
      ...(OUTLINE_LEVEL[id] === undefined ? {} : { outlineLevel: OUTLINE_LEVEL[id] }),
    },
    run: { font: FONT, size: ptToHalfPoints(officialFormat.size.body), ...(look.bold ? { bold: true } : {}) },
  };
}

/** The defaults reach what runs do not set (empty paragraphs, the page number field); the styles the rest. */
export const documentStyles = (): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: ptToHalfPoints(officialFormat.size.body), language: { value: 'vi-VN' } },
    },
  },
  paragraphStyles: (Object.keys(STYLES) as StyleId[]).map(paragraphStyle),
});
