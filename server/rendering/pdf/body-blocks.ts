import type {
  AddresseeBlock,
  ArticleBlock,
  AuthorityBlock,
  HeadingBlock,
  LegalBasesBlock,
  ParagraphBlock,
  Run,
  TitleBlock,
} from '#templates/document-model.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { drawLines, lineHeightOf } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import { textWidth } from './fonts.js';
import { breakLines, styledText } from './text-layout.js';
import { textHeight, writeText } from './write-text.js';

const body = officialFormat.size.body;
const spacing = officialFormat.paragraphSpacingPt;
const indent = mmToPt(officialFormat.firstLineIndentMm);
/** Room for the first lines of what follows a heading or a title, so they never end a page. */
const followingLines = 2 * lineHeightOf(body);

export function writeTitle(flow: PageFlow, block: TitleBlock): void {
  const type = styledText(block.type, { bold: true });
  const subject = block.subject === null ? null : styledText(block.subject, { bold: true });
  const size = officialFormat.size.title;
  const height = textHeight(flow, type, size) + (subject ? textHeight(flow, subject, size) : 0);
  flow.y += spacing;
  flow.ensure(height + followingLines);
  writeText(flow, type, { size, align: 'center' });
  if (subject) writeText(flow, subject, { size, align: 'center' });
  flow.y += 2 * spacing;
}

/** "Kính gửi:" with the addressees in a column to its right, one per line. */
export function writeAddressee(flow: PageFlow, block: AddresseeBlock): void {
  const label = breakLines(styledText('Kính gửi:'), body, flow.width);
  const columnX = flow.left + indent + label[0]!.width + textWidth(' ', 'regular', body);
  const columnWidth = flow.right - columnX;
  const addressees = block.addressees.map((addressee) => breakLines(styledText(addressee), body, columnWidth));
  const step = lineHeightOf(body);
  flow.ensure(Math.min(addressees.flat().length, 3) * step);
  drawLines(flow.doc, label, flow.left + indent, flow.y, flow.width, 'left', body);
  for (const line of addressees.flat()) {
    if (!flow.fits(step)) flow.newPage();
    flow.y = drawLines(flow.doc, [line], columnX, flow.y, columnWidth, 'left', body);
  }
  if (!addressees.length) flow.y += step;
  flow.y += 2 * spacing;
}

export function writeAuthority(flow: PageFlow, block: AuthorityBlock): void {
  writeText(flow, styledText(block.text, { bold: true }), {
    size: body,
    align: 'center',
    spaceAfter: spacing,
    keepWithNext: followingLines,
  });
}

export function writeLegalBases(flow: PageFlow, block: LegalBasesBlock): void {
  for (const line of block.lines) {
    writeText(flow, styledText(line, { italic: true }), { size: body, align: 'justify', indent, spaceAfter: spacing });
  }
}

export function writeParagraph(flow: PageFlow, block: ParagraphBlock): void {
  const align = block.align ?? 'justify';
  writeText(flow, styledText(block.text), {
    size: block.size ?? body,
    align,
    indent: block.indent === false || align === 'center' ? 0 : indent,
    spaceAfter: spacing,
  });
}

export function writeHeading(flow: PageFlow, block: HeadingBlock): void {
  const align = block.align ?? 'left';
  flow.y += block.level === 1 ? spacing : 0;
  writeText(flow, styledText(block.text, { bold: true }), {
    size: body,
    align,
    indent: align === 'left' ? indent : 0,
    spaceAfter: spacing,
    keepWithNext: followingLines,
  });
}

/** "Điều n." in bold, then the article's title, or its first paragraph when it has no title, on the same line. */
export function writeArticle(flow: PageFlow, block: ArticleBlock): void {
  const toRuns = (text: string | Run[]): Run[] => (typeof text === 'string' ? [{ text }] : text);
  const [first, ...rest] = block.title === null ? block.paragraphs : [block.title, ...block.paragraphs];
  const opening: Run[] = [
    { text: `Điều ${block.number}.`, bold: true },
    ...(first === undefined ? [] : [{ text: ' ' }, ...toRuns(first)]),
  ];
  const options = { size: body, align: 'justify' as const, indent, spaceAfter: spacing };
  writeText(flow, styledText(opening), { ...options, keepWithNext: rest.length ? lineHeightOf(body) : 0 });
  for (const paragraph of rest) writeText(flow, styledText(paragraph), options);
}
