import type { Paragraph } from 'docx';
import type {
  ArticleBlock,
  AuthorityBlock,
  HeadingBlock,
  LegalBasesBlock,
  ParagraphBlock,
} from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { upper } from '#templates/official-parts.js';
import { keeps, type Keep } from './keep.js';
import { paragraph } from './paragraphs.js';
import { textRuns } from './text-runs.js';

/** The body's text blocks: authority, legal bases, paragraphs, headings, articles, in the Normal and heading styles. */

const { size } = officialFormat;
const body = { size: size.body } as const;

export function authorityBlock(block: AuthorityBlock): Paragraph[] {
  return [
    paragraph(textRuns(upper(block.text), { ...body, bold: true }), {
      style: 'Normal',
      align: 'center',
      indent: false,
      spaceBeforePt: 6,
      // The deciding authority heads the legal bases: never the last line of a page.
      keep: true,
    }),
  ];
}

export function legalBasesBlock(block: LegalBasesBlock, keep: Keep = 'none'): Paragraph[] {
  return block.lines.map((line, index) =>
    paragraph(textRuns(line, { ...body, italic: true }), {
      style: 'Normal',
      keep: keeps(keep, index, block.lines.length),
    }),
  );
}

export function paragraphBlock(block: ParagraphBlock, keep: Keep = 'none'): Paragraph[] {
  const align = block.align ?? 'justify';
  // Centred and right-aligned lines are never indented unless the model asks for it.
  const indent = block.indent ?? (align === 'justify' || align === 'left');
  return [
    paragraph(textRuns(block.text, { size: block.size ?? size.body }), {
      style: 'Normal',
      align,
      indent,
      keep: keeps(keep, 0, 1),
    }),
  ];
}

/** Bold and kept with what follows by their style; left-aligned ones start at the paragraph indent, as articles do. */
export function headingBlock(block: HeadingBlock): Paragraph[] {
  const align = block.align ?? 'left';
  return [
    paragraph(textRuns(block.text, body), {
      style: block.level === 1 ? 'Heading1' : 'Heading2',
      align,
      indent: align === 'left',
    }),
  ];
}

/**
 * "Điều n." in bold, then the article's title on the same line. An article without a title runs its
 * first paragraph on from "Điều n." ("Điều 3. Quyết định này có hiệu lực ..."), as decisions are written.
 */
export function articleBlock(block: ArticleBlock, keep: Keep = 'none'): Paragraph[] {
  const label = textRuns(`Điều ${block.number}.`, { ...body, bold: true });
  const inline = block.title ?? block.paragraphs[0] ?? null;
  const rest = block.title === null ? block.paragraphs.slice(1) : block.paragraphs;
  const headRuns = inline === null ? label : [...label, ...textRuns(' ', body), ...textRuns(inline, body)];
  const count = rest.length + 1;
  // The article's head never ends a page: it keeps with its first clause.
  const head = paragraph(headRuns, { style: 'Normal', keep: rest.length > 0 || keeps(keep, 0, count) });
  return [
    head,
    ...rest.map((text, index) =>
      paragraph(textRuns(text, body), { style: 'Normal', keep: keeps(keep, index + 1, count) }),
    ),
  ];
}
