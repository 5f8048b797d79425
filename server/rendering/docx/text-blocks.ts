import type { FileChild, Paragraph } from 'docx';
import type {
  AddresseeBlock,
  ArticleBlock,
  AuthorityBlock,
  HeadingBlock,
  LegalBasesBlock,
  ParagraphBlock,
  TitleBlock,
} from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { upper } from '#templates/official-parts.js';
import { emptyLine, paragraph, ruleParagraph } from './paragraphs.js';
import { afterTableSpacer, borderlessTable } from './tables.js';
import { textRuns } from './text-runs.js';
import { mmToTwips, type PageGeometry } from './units.js';

/** The blocks made of text alone: title, addressee, authority, legal bases, paragraphs, headings, articles. */

const { size } = officialFormat;
const body = { size: size.body } as const;

/** Decree 30: a rule under the subject, a third to a half of the line. */
const SUBJECT_RULE_SHARE = 1 / 3;
/** The gap between the subject's rule and what follows it. */
const SUBJECT_GAP_PT = 8;

export function titleBlock(block: TitleBlock, page: PageGeometry): Paragraph[] {
  const style = { size: size.title, bold: true } as const;
  if (block.subject === null) {
    // "QUYẾT ĐỊNH:" between the legal bases and the articles.
    return [paragraph(textRuns(block.type, style), { align: 'center', body: true, spaceBeforePt: 6, keepNext: true })];
  }
  return [
    paragraph(textRuns(block.type, style), { align: 'center', keepNext: true }),
    paragraph(textRuns(block.subject, style), { align: 'center', keepNext: true }),
    ruleParagraph(Math.round(page.textWidth * SUBJECT_RULE_SHARE), page.textWidth),
    emptyLine(SUBJECT_GAP_PT),
  ];
}

/** Share of the text width left of the addressees, where "Kính gửi:" stands right-aligned. */
const ADDRESSEE_LABEL_SHARE = 0.3;
const LABEL = 'Kính gửi: ';
const LABEL_GAP = mmToTwips(2);

/**
 * One addressee: a single centred line. Several: "Kính gửi:" then one "- addressee" per line, the
 * list left-aligned beside the label, the way letters lay them out.
 */
export function addresseeBlock(block: AddresseeBlock, page: PageGeometry): FileChild[] {
  if (block.addressees.length <= 1) {
    const text = `${LABEL}${block.addressees[0] ?? ''}`;
    return [paragraph(textRuns(text, body), { align: 'center', body: true, spaceBeforePt: 6 })];
  }
  const labelWidth = Math.round(page.textWidth * ADDRESSEE_LABEL_SHARE);
  // Right-aligned, a space's width (2 mm) clear of the list: a trailing space would not show.
  const label = [paragraph(textRuns(LABEL.trimEnd(), body), { align: 'right', rightIndentTwips: LABEL_GAP })];
  const list = block.addressees.map((addressee) => paragraph(textRuns(`- ${addressee}`, body), { align: 'left' }));
  return [borderlessTable([labelWidth, page.textWidth - labelWidth], [[label, list]]), afterTableSpacer()];
}

export function authorityBlock(block: AuthorityBlock): Paragraph[] {
  return [
    paragraph(textRuns(upper(block.text), { size: size.body, bold: true }), {
      align: 'center',
      body: true,
      spaceBeforePt: 6,
    }),
  ];
}

export function legalBasesBlock(block: LegalBasesBlock): Paragraph[] {
  return block.lines.map((line) =>
    paragraph(textRuns(line, { size: size.body, italic: true }), { align: 'justify', indent: true, body: true }),
  );
}

export function paragraphBlock(block: ParagraphBlock): Paragraph[] {
  const align = block.align ?? 'justify';
  // Centred and right-aligned lines are never indented unless the model asks for it.
  const indent = block.indent ?? (align === 'justify' || align === 'left');
  return [paragraph(textRuns(block.text, { size: block.size ?? size.body }), { align, indent, body: true })];
}

export function headingBlock(block: HeadingBlock): Paragraph[] {
  const align = block.align ?? 'left';
  return [
    paragraph(textRuns(block.text, { size: size.body, bold: true }), {
      align,
      // Left-aligned headings start at the paragraph indent, as articles and clauses do.
      indent: align === 'left',
      body: true,
      spaceBeforePt: block.level === 1 ? 6 : 0,
      keepNext: true,
    }),
  ];
}

/**
 * "Điều n." in bold, then the article's title on the same line. An article without a title runs its
 * first paragraph on from "Điều n." ("Điều 3. Quyết định này có hiệu lực ..."), as decisions are written.
 */
export function articleBlock(block: ArticleBlock): Paragraph[] {
  const label = textRuns(`Điều ${block.number}.`, { ...body, bold: true });
  const inline = block.title ?? block.paragraphs[0] ?? null;
  const rest = block.title === null ? block.paragraphs.slice(1) : block.paragraphs;
  const headRuns = inline === null ? label : [...label, ...textRuns(' ', body), ...textRuns(inline, body)];
  const head = paragraph(headRuns, {
    align: 'justify',
    indent: true,
    body: true,
    keepNext: rest.length > 0,
  });
  return [head, ...rest.map((text) => paragraph(textRuns(text, body), { align: 'justify', indent: true, body: true }))];
}
