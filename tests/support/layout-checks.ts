import { type Block, type ClosingBlock, type DocumentModel, plainText } from '#templates/document-model.js';
import { mmToPt, officialFormat } from '#templates/official-format.js';
import { docxClosingKeepProblems, docxClosingText, docxHeaderLines } from './layout-docx.js';
import { pdfHeaderLines, placeBreakProblems, wordBreakProblems } from './layout-header.js';
import { capitals, columnLines, lastWords, type PdfLine, type PdfPageLines, squash } from './layout-lines.js';
import { pdfaProblems } from './layout-pdfa.js';
import type { LayoutDocument, RenderedLayout } from './layout-render.js';
import { summaryRuleProblems } from './layout-rules.js';
import { docxText } from './read-documents.js';

/**
 * What a records clerk (văn thư) checks before a document is signed and filed, as functions of a
 * rendered document: each returns what is wrong, empty when nothing is. The layout tests and
 * `npm run docs:preview` run the same ones; docs/documents-checked.md says what each one means.
 */

/** What the checks need besides the document: the place names of the organisation register. */
export interface LayoutContext {
  places: string[];
}

export interface LayoutCheck {
  key: string;
  /** What is checked, in a sentence. */
  title: string;
  /** A column heading for the preview's summary. */
  label: string;
  /** Whether the check concerns this document: the model alone says, so tests are listed before rendering. */
  applies(document: LayoutDocument): boolean;
  problems(document: RenderedLayout, context: LayoutContext): string[];
}

const closingOf = (model: DocumentModel) =>
  model.blocks.find((block): block is ClosingBlock => block.kind === 'closing');
const issued = (document: LayoutDocument) => document.model.status === 'issued';

const textWidth = (page: PdfPageLines) =>
  page.width > page.height
    ? {
        left: mmToPt(officialFormat.landscapeMargins.leftMm),
        right: page.width - mmToPt(officialFormat.landscapeMargins.rightMm),
      }
    : { left: mmToPt(officialFormat.margins.leftMm), right: page.width - mmToPt(officialFormat.margins.rightMm) };

/** The right column, where the signature stands, as the closing shares the text width with the header. */
const rightColumn = (page: PdfPageLines) => {
  const { left, right } = textWidth(page);
  return columnLines(page, left + (right - left) * officialFormat.headerLeftShare, right + 1);
};

/** The text a block ends with, the words that must stand on the closing's page. */
function endingOf(block: Block | undefined): string | null {
  switch (block?.kind) {
    case 'article':
      return plainText(block.paragraphs.at(-1) ?? block.title ?? `Điều ${block.number}.`);
    case 'paragraph':
    case 'heading':
      return plainText(block.text);
    case 'legalBases':
      return block.lines.at(-1) ?? null;
    case 'addressee':
      return block.addressees.at(-1) ?? null;
    case 'authority':
      return block.text;
    case 'title':
      return block.subject ?? block.type;
    case 'table':
      return block.rows.at(-1)?.findLast((cell) => cell.trim() !== '') ?? null;
    default:
      return null;
  }
}

/** Where the signature's first line stands: the last line of a right column that reads as it. */
function signatureLine(pages: PdfPageLines[], closing: ClosingBlock) {
  const first = capitals(closing.signature.authorityLine ?? closing.signature.title);
  for (let index = pages.length - 1; index >= 0; index--) {
    const line = rightColumn(pages[index]!).findLast((candidate) => capitals(candidate.text) === first);
    if (line) return { index, line };
  }
  return null;
}

/**
 * PDF: the closing ("Nơi nhận:" and the signature) is never alone on its page: the end of the body
 * block before it (at least the last paragraph's last line, or the last article's) stands above it
 * on the same page, and the recipients and the signer's name are on that page too.
 */
function pdfClosingProblems(document: RenderedLayout): string[] {
  const { model, pages } = document;
  const index = model.blocks.findIndex((block) => block.kind === 'closing');
  const closing = model.blocks[index] as ClosingBlock;
  const signature = signatureLine(pages, closing);
  if (!signature) return ['the signature title was not found'];
  const page = pages[signature.index]!;
  const problems: string[] = [];
  let top = signature.line.top;
  if (closing.recipients !== null) {
    const label = page.lines.find((line) => squash(line.text).startsWith(officialFormat.recipientsLabel));
    if (!label)
      problems.push(`"${officialFormat.recipientsLabel}" is not on the signature's page ${signature.index + 1}`);
    else top = Math.min(top, label.top);
  }
  const name = capitals(closing.signature.signerName);
  if (name && !rightColumn(page).some((line) => line.top > signature.line.top && capitals(line.text) === name))
    problems.push(`the signer's name is not under the title on page ${signature.index + 1}`);
  const ending = endingOf(model.blocks[index - 1]);
  if (ending !== null) {
    // Above the closing, the page number left out.
    const above = page.lines.filter((line: PdfLine) => line.bottom <= top + 0.5 && !/^\d+$/.test(line.text));
    const text = squash(above.map((line) => line.text).join(' '));
    const words = lastWords(ending, 3);
    if (!text.includes(words))
      problems.push(
        `page ${signature.index + 1} of ${pages.length}: the closing stands without the end of the text ` +
          `before it ("…${words}")`,
      );
  }
  return problems;
}

/** PDF: no page (but the last) ends with a heading or a title, which belongs with what follows it. */
function headingAtFootProblems(document: RenderedLayout): string[] {
  const headings = document.model.blocks.flatMap((block) =>
    block.kind === 'heading'
      ? [capitals(block.text)]
      : block.kind === 'title'
        ? [capitals(block.type), ...(block.subject === null ? [] : [capitals(block.subject)])]
        : [],
  );
  return document.pages.slice(0, -1).flatMap((page, index) => {
    const foot = page.lines.at(-1);
    if (!foot) return [];
    const text = capitals(foot.text);
    // The foot line is the heading, or the last line of a heading that wraps.
    const heading = headings.find(
      (candidate) => candidate === text || (candidate.endsWith(` ${text}`) && text.includes(' ')),
    );
    return heading ? [`page ${index + 1} ends with the heading "${heading.slice(0, 50)}"`] : [];
  });
}

/** Issued: the signer's name is in the model, and in both files under the signature's title in the closing. */
function signerProblems(document: RenderedLayout): string[] {
  const closing = closingOf(document.model)!;
  // In capitals: the renderers may set the name in capitals as they do the title.
  const name = capitals(closing.signature.signerName);
  if (!name) return [`issued without a signer's name under "${closing.signature.title}"`];
  const title = capitals(closing.signature.title);
  const problems: string[] = [];
  const signature = signatureLine(document.pages, closing);
  const underTitle =
    signature !== null &&
    rightColumn(document.pages[signature.index]!).some(
      (line) => line.top > signature.line.top && capitals(line.text) === name,
    );
  if (!underTitle) problems.push(`PDF: "${name}" not under "${title}"`);
  const table = capitals(docxClosingText(document.model, document.docxParts['word/document.xml'] ?? ''));
  if (!table.includes(title) || !table.slice(table.lastIndexOf(title)).includes(name))
    problems.push(`DOCX: "${name}" not under "${title}" in the closing`);
  return problems;
}

/** The width of three spaces of Times New Roman (a space is a quarter of the size). */
const threeSpaces = (size: number) => 3 * 0.25 * size;

/** Whether `word` on the line is followed, in the same column, by a gap of three spaces at least. */
function gapAfter(line: PdfLine, word: string, size: number): boolean {
  const at = line.words.findIndex((candidate) => candidate.text === word);
  const next = line.words[at + 1];
  return at >= 0 && next !== undefined && next.xMin - line.words[at]!.xMax >= threeSpaces(size) - 0.1;
}

/**
 * Draft: the blanks a clerk fills by hand keep their room in the PDF: "Số:" and "/" three spaces
 * apart at least, and as much after "ngày" and after "tháng" (as the DOCX has them).
 */
function blankProblems(document: RenderedLayout): string[] {
  const first = document.pages[0];
  const header = document.model.blocks.find((block) => block.kind === 'header');
  if (!first || !header) return ['no header on the first page'];
  const problems: string[] = [];
  const raw = (line: PdfLine | undefined) => line?.words.map((word) => word.text).join(' ') ?? '';
  // A document without a number of its own (an annex of a letter) has no "Số:" blank.
  if (header.numberLine.trim().startsWith('Số:')) {
    const numberLine = first.lines.find((line) => line.words.some((word) => word.text === 'Số:'));
    if (!numberLine || !gapAfter(numberLine, 'Số:', officialFormat.size.numberLine))
      problems.push(`the number's blank is narrower than three spaces: "${raw(numberLine).slice(0, 30)}"`);
  }
  const dateLine = first.lines.find((line) => line.words.some((word) => word.text === 'ngày'));
  for (const word of ['ngày', 'tháng'])
    if (!dateLine || !gapAfter(dateLine, word, officialFormat.size.header))
      problems.push(`the blank after "${word}" is narrower than three spaces`);
  return problems;
}

const DRAFT_MARK = 'DỰ THẢO';
const hasMark = (text: string) => text.normalize('NFC').replace(/\s+/g, '').includes(DRAFT_MARK.replace(' ', ''));

/** Drafts carry a visible "DỰ THẢO" in both files; issued documents never. */
function draftMarkProblems(document: RenderedLayout): string[] {
  const draft = document.model.status === 'draft';
  const pdf = hasMark(document.pages.flatMap((page) => page.lines.map((line) => line.text)).join(''));
  const docxPart = Object.entries(document.docxParts).filter(([name]) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(name),
  );
  // Text runs, and attribute values (a watermark's text is an attribute of its shape).
  const docx = docxPart.some(([, xml]) => hasMark(docxText(xml)) || hasMark(xml));
  const problems: string[] = [];
  if (pdf !== draft)
    problems.push(draft ? `PDF: no "${DRAFT_MARK}" on a draft` : `PDF: "${DRAFT_MARK}" on an issued document`);
  if (docx !== draft)
    problems.push(draft ? `DOCX: no "${DRAFT_MARK}" on a draft` : `DOCX: "${DRAFT_MARK}" on an issued document`);
  return problems;
}

/** The same lines of the issuing body's name in both files. */
function sameHeaderProblems(document: RenderedLayout): string[] {
  const pdf = pdfHeaderLines(document.pages);
  const docx = docxHeaderLines(document.docxParts['word/document.xml'] ?? '');
  return JSON.stringify(pdf) === JSON.stringify(docx) ? [] : [`PDF "${pdf.join(' / ')}", DOCX "${docx.join(' / ')}"`];
}

const hasClosing = (document: LayoutDocument) => closingOf(document.model) !== undefined;

export const layoutChecks: LayoutCheck[] = [
  {
    key: 'closing-pdf',
    label: 'closing',
    title: 'PDF: the closing keeps the end of the text on its page',
    applies: hasClosing,
    problems: pdfClosingProblems,
  },
  {
    key: 'closing-docx',
    label: 'keep',
    title: 'DOCX: the last block keeps with the closing, the closing never splits',
    applies: hasClosing,
    problems: (document) => docxClosingKeepProblems(document.model, document.docxParts['word/document.xml'] ?? ''),
  },
  {
    key: 'heading-foot',
    label: 'headings',
    title: 'PDF: no page ends with a heading',
    applies: () => true,
    problems: headingAtFootProblems,
  },
  {
    key: 'signer',
    label: 'signer',
    title: "Issued: the signer's name under the signature, in both files",
    applies: (document) => issued(document) && hasClosing(document),
    problems: signerProblems,
  },
  {
    key: 'blanks',
    label: 'blanks',
    title: 'Draft: the number and date blanks three spaces wide at least in the PDF',
    applies: (document) => !issued(document),
    problems: blankProblems,
  },
  {
    key: 'summary-rule',
    label: 'rule',
    title: 'PDF: a rule under every summary, a third to a half of its line',
    applies: (document) => document.model.blocks.some((block) => block.kind === 'title' && block.subject !== null),
    problems: (document) => summaryRuleProblems(document.model, document.pages, document.rules),
  },
  {
    key: 'header-places',
    label: 'places',
    title: "Header: no line breaks inside a place's name of the register",
    applies: () => true,
    problems: (document, context) => [
      ...placeBreakProblems(pdfHeaderLines(document.pages), context.places).map((problem) => `PDF: ${problem}`),
      ...placeBreakProblems(docxHeaderLines(document.docxParts['word/document.xml'] ?? ''), context.places).map(
        (problem) => `DOCX: ${problem}`,
      ),
    ],
  },
  {
    key: 'header-words',
    label: 'words',
    title: 'Header: no line breaks inside a two-syllable word',
    applies: () => true,
    problems: (document) => [
      ...wordBreakProblems(pdfHeaderLines(document.pages)).map((problem) => `PDF: ${problem}`),
      ...wordBreakProblems(docxHeaderLines(document.docxParts['word/document.xml'] ?? '')).map(
        (problem) => `DOCX: ${problem}`,
      ),
    ],
  },
  {
    key: 'header-same',
    label: 'same',
    title: "Header: the issuing body's lines break alike in both files",
    applies: () => true,
    problems: sameHeaderProblems,
  },
  {
    key: 'draft-mark',
    label: 'mark',
    title: 'DỰ THẢO on drafts, never on issued documents, in both files',
    applies: () => true,
    problems: draftMarkProblems,
  },
  {
    key: 'pdfa',
    label: 'PDF/A',
    title: 'Issued: the PDF is PDF/A-2b (XMP identification, output intent, fonts embedded)',
    applies: issued,
    problems: (document) => pdfaProblems(document.pdf),
  },
];

/** The problems of one check over many documents, each prefixed with the document's name. */
export const problemsOf = (check: LayoutCheck, documents: RenderedLayout[], context: LayoutContext) =>
  documents
    .filter((document) => check.applies(document))
    .flatMap((document) => check.problems(document, context).map((problem) => `${document.name}: ${problem}`));
