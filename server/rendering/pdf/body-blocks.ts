import type {
  ArticleBlock,
  AuthorityBlock,
  HeadingBlock,
  LegalBasesBlock,
  ParagraphBlock,
  Run,
} from '#templates/document-model.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import type { PageFlow } from './page-flow.js';
import { type StyledText, styledText } from './text-layout.js';
import { leadOfLines, lineCount, textHeight, writeText } from './write-text.js';

/**
 * The blocks of running text. Each writer takes `keep`, the height of what must follow it on the
 * same page (keep.ts works it out), and each has a measure for what comes before it to keep with.
 */

const body = officialFormat.size.body;
const spacing = officialFormat.paragraphSpacingPt;
const indent = mmToPt(officialFormat.firstLineIndentMm);

const authorityText = (block: AuthorityBlock) => styledText(block.text, { bold: true });

/** The authority line with the space under it. */
export const authorityHeight = (flow: PageFlow, block: AuthorityBlock) =>
  textHeight(flow, authorityText(block), body) + spacing;

export function writeAuthority(flow: PageFlow, block: AuthorityBlock, keep: number): void {
  writeText(flow, authorityText(block), { size: body, align: 'center', spaceAfter: spacing, keepWithNext: keep });
}

const legalBasisText = (line: string) => styledText(line, { italic: true });

export const legalBasesLead = (flow: PageFlow, block: LegalBasesBlock, keep: number) => {
  const [first] = block.lines;
  if (first === undefined) return 0;
  const count = lineCount(flow, legalBasisText(first), body, indent);
  return leadOfLines(count, body, spacing, block.lines.length === 1 ? keep : 0);
};

export function writeLegalBases(flow: PageFlow, block: LegalBasesBlock, keep: number): void {
  block.lines.forEach((line, index) => {
    writeText(flow, legalBasisText(line), {
      size: body,
      align: 'justify',
      indent,
      spaceAfter: spacing,
      keepWithNext: index === block.lines.length - 1 ? keep : 0,
    });
  });
}

const paragraphOptions = (block: ParagraphBlock) => {
  const align = block.align ?? 'justify';
  return { size: block.size ?? body, align, indent: block.indent === false || align === 'center' ? 0 : indent };
};

export const paragraphLead = (flow: PageFlow, block: ParagraphBlock, keep: number) => {
  const { size, indent: first } = paragraphOptions(block);
  return leadOfLines(lineCount(flow, styledText(block.text), size, first), size, spacing, keep);
};

export function writeParagraph(flow: PageFlow, block: ParagraphBlock, keep: number): void {
  writeText(flow, styledText(block.text), { ...paragraphOptions(block), spaceAfter: spacing, keepWithNext: keep });
}

const headingText = (block: HeadingBlock) => styledText(block.text, { bold: true });
const headingIndent = (block: HeadingBlock) => ((block.align ?? 'left') === 'left' ? indent : 0);
const spaceAbove = (block: HeadingBlock) => (block.level === 1 ? spacing : 0);

/** The heading with the space above and under it. */
export const headingHeight = (flow: PageFlow, block: HeadingBlock) =>
  spaceAbove(block) + textHeight(flow, headingText(block), body, headingIndent(block)) + spacing;

export function writeHeading(flow: PageFlow, block: HeadingBlock, keep: number): void {
  flow.y += spaceAbove(block);
  writeText(flow, headingText(block), {
    size: body,
    align: block.align ?? 'left',
    indent: headingIndent(block),
    spaceAfter: spacing,
    keepWithNext: keep,
  });
}

/** "Điều n." in bold, then the article's title, or its first paragraph when it has no title, on one line. */
function articleTexts(block: ArticleBlock): StyledText[][] {
  const toRuns = (text: string | Run[]): Run[] => (typeof text === 'string' ? [{ text }] : text);
  const [first, ...rest] = block.title === null ? block.paragraphs : [block.title, ...block.paragraphs];
  const opening: Run[] = [
    { text: `Điều ${block.number}.`, bold: true },
    ...(first === undefined ? [] : [{ text: ' ' }, ...toRuns(first)]),
  ];
  return [styledText(opening), ...rest.map((paragraph) => styledText(paragraph))];
}

/**
 * What each of the article's paragraphs keeps with: its opening with the start of the next one, its
 * last paragraph with `keep` (the closing after the last article); and the article's own lead.
 */
function articleKeeps(flow: PageFlow, texts: StyledText[][], keep: number) {
  const counts = texts.map((text) => lineCount(flow, text, body, indent));
  const keeps = texts.map((_, index) => (index === texts.length - 1 ? keep : 0));
  if (texts.length > 1) keeps[0] = leadOfLines(counts[1]!, body, spacing, keeps[1]);
  return { keeps, lead: leadOfLines(counts[0]!, body, spacing, keeps[0]) };
}

export const articleLead = (flow: PageFlow, block: ArticleBlock, keep: number) =>
  articleKeeps(flow, articleTexts(block), keep).lead;

export function writeArticle(flow: PageFlow, block: ArticleBlock, keep: number): void {
  const texts = articleTexts(block);
  const { keeps } = articleKeeps(flow, texts, keep);
  texts.forEach((text, index) => {
    writeText(flow, text, { size: body, align: 'justify', indent, spaceAfter: spacing, keepWithNext: keeps[index] });
  });
}
