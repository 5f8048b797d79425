import { type Block, type DocumentModel, plainText } from '#templates/document-model.js';
import { capitals, squash } from './layout-lines.js';
import { docxText } from './read-documents.js';

/**
 * The DOCX side of the layout checks. Word and LibreOffice lay out the pages themselves, so what the
 * file can promise is its paragraph properties: the end of the body kept with the closing (keep with
 * next, keep lines together), the closing's rows never split, and the header's explicit line breaks.
 */

/** A paragraph or a table directly in the body, with its XML and its text. */
interface BodyItem {
  kind: 'p' | 'tbl';
  xml: string;
  text: string;
}

/** The body's own paragraphs and tables in order (the paragraphs inside a table stay in it). */
function bodyItems(documentXml: string): BodyItem[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>') + '<w:body>'.length, documentXml.indexOf('</w:body>'));
  const items: BodyItem[] = [];
  const tag = /<(\/?)w:(p|tbl)(?=[\s>/])[^>]*?(\/?)>/g;
  let depth = 0;
  let start = -1;
  let kind: BodyItem['kind'] = 'p';
  for (const match of body.matchAll(tag)) {
    const [whole, closing, name, selfClosing] = match as unknown as [string, string, 'p' | 'tbl', string];
    if (depth === 0 && !closing) {
      if (selfClosing) {
        items.push({ kind: name, xml: whole, text: '' });
        continue;
      }
      start = match.index;
      kind = name;
    }
    if (name !== kind) continue;
    if (selfClosing) continue;
    depth += closing ? -1 : 1;
    if (depth === 0) {
      const xml = body.slice(start, match.index + whole.length);
      items.push({ kind, xml, text: squash(docxText(xml)) });
    }
  }
  return items;
}

/** A paragraph property switched on: <w:keepNext/>, or with a value other than false. */
const hasProperty = (xml: string, name: string) => {
  const found = xml.match(new RegExp(`<w:${name}(?: w:val="([^"]*)")?\\s*/>`));
  return found !== null && !['false', '0', 'off'].includes(found[1] ?? 'true');
};

/** The words a block opens with as the DOCX writes them, to find where the last block starts. */
function openingOf(block: Block): string | null {
  switch (block.kind) {
    case 'article':
      return `Điều ${block.number}.`;
    case 'paragraph':
    case 'heading':
      return squash(plainText(block.text)).split(' ').slice(0, 4).join(' ');
    case 'legalBases':
      return squash(block.lines.at(-1) ?? '')
        .split(' ')
        .slice(0, 4)
        .join(' ');
    case 'authority':
      return squash(block.text).split(' ').slice(0, 3).join(' ');
    default:
      return null;
  }
}

/** The signature's first line in the closing table: the authority line ("KT. GIÁM ĐỐC") or the title. */
const signatureOpening = (closing: Extract<Block, { kind: 'closing' }>) =>
  capitals(closing.signature.authorityLine ?? closing.signature.title);

/** The closing table among the body's items: after the header's, holding the signature's first line. */
function closingTableAt(items: BodyItem[], closing: Extract<Block, { kind: 'closing' }>): number {
  const headerAt = items.findIndex((item) => item.kind === 'tbl');
  return items.findIndex(
    (item, index) => index > headerAt && item.kind === 'tbl' && capitals(item.text).includes(signatureOpening(closing)),
  );
}

/** The text of the closing table ("Nơi nhận:", the recipients, the signature), '' when there is none. */
export function docxClosingText(model: DocumentModel, documentXml: string): string {
  const closing = model.blocks.find((block) => block.kind === 'closing');
  if (!closing) return '';
  const items = bodyItems(documentXml);
  return items[closingTableAt(items, closing)]?.text ?? '';
}

/**
 * The last body block before the closing is kept with it (every paragraph from its first to the closing
 * keeps with the next, every one with text keeps its lines together), and no row of the closing splits.
 */
export function docxClosingKeepProblems(model: DocumentModel, documentXml: string): string[] {
  const closingIndex = model.blocks.findIndex((block) => block.kind === 'closing');
  if (closingIndex < 0) return [];
  const closing = model.blocks[closingIndex] as Extract<Block, { kind: 'closing' }>;
  const items = bodyItems(documentXml);
  const tableAt = closingTableAt(items, closing);
  if (tableAt < 0) return [`no closing table with "${signatureOpening(closing)}"`];
  const problems: string[] = [];
  const rows = [...items[tableAt]!.xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) => row[0]);
  if (rows.some((row) => !hasProperty(row, 'cantSplit'))) problems.push('a row of the closing table may split');

  const last = model.blocks[closingIndex - 1];
  const opening = last ? openingOf(last) : null;
  if (!last || opening === null) return [...problems, `the block before the closing (${last?.kind}) is not checked`];
  let startAt = -1;
  for (let index = tableAt - 1; index >= 0 && startAt < 0; index--)
    if (items[index]!.kind === 'p' && items[index]!.text.startsWith(opening)) startAt = index;
  if (startAt < 0) return [...problems, `the last block before the closing ("${opening}") not found`];
  for (const item of items.slice(startAt, tableAt)) {
    const label = item.text ? `"${item.text.slice(0, 40)}"` : 'an empty paragraph';
    if (item.kind === 'tbl') problems.push(`a table between the last block and the closing`);
    else if (!hasProperty(item.xml, 'keepNext')) problems.push(`${label} does not keep with the next`);
    else if (item.text && !hasProperty(item.xml, 'keepLines')) problems.push(`${label} does not keep its lines`);
  }
  return problems;
}

/** The header's left column: the lines of the bodies' paragraphs (split at explicit breaks) above "Số:". */
export function docxHeaderLines(documentXml: string): string[] {
  const header = bodyItems(documentXml).find((item) => item.kind === 'tbl');
  const firstCell = header?.xml.match(/<w:tc(?:\s[^>]*)?>[\s\S]*?<\/w:tc>/)?.[0] ?? '';
  const lines = docxText(firstCell)
    .split('\n')
    .map(squash)
    .filter((line) => line !== '');
  const numberAt = lines.findIndex((line) => line.startsWith('Số:'));
  return numberAt < 0 ? lines : lines.slice(0, numberAt);
}
