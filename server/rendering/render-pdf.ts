import PDFDocument from 'pdfkit';
import type { Block, DocumentModel } from '#templates/document-model.js';
import {
  writeAddressee,
  writeArticle,
  writeAuthority,
  writeHeading,
  writeLegalBases,
  writeParagraph,
  writeTitle,
} from './pdf/body-blocks.js';
import { writeClosing } from './pdf/closing.js';
import { registerFonts } from './pdf/fonts.js';
import { writeHeader } from './pdf/header.js';
import { PageFlow } from './pdf/page-flow.js';
import { writePageNumbers } from './pdf/page-numbers.js';
import { writeTable } from './pdf/table.js';
import { safeText } from './safe-text.js';

/**
 * Renders a DocumentModel to PDF in the format of Decree 30/2020/NĐ-CP: A4, its margins, Tinos
 * (Times New Roman metrics) for every glyph, page numbers from page 2. Text is laid out by the
 * functions under pdf/, which place every line themselves and never let anything cross a margin.
 */

function writeBlock(flow: PageFlow, block: Block): void {
  switch (block.kind) {
    case 'header':
      return writeHeader(flow, block);
    case 'title':
      return writeTitle(flow, block);
    case 'addressee':
      return writeAddressee(flow, block);
    case 'authority':
      return writeAuthority(flow, block);
    case 'legalBases':
      return writeLegalBases(flow, block);
    case 'paragraph':
      return writeParagraph(flow, block);
    case 'heading':
      return writeHeading(flow, block);
    case 'article':
      return writeArticle(flow, block);
    case 'table':
      return writeTable(flow, block);
    case 'pageBreak':
      return flow.startPage(block.orientation ?? 'portrait');
    case 'closing':
      return writeClosing(flow, block);
  }
}

interface RenderedPdf {
  pdf: Buffer;
  /** The number of pages, for callers and tests that need it without parsing the file. */
  pages: number;
}

export function renderPdfWithInfo(model: DocumentModel): Promise<RenderedPdf> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    // An empty default font: pdfkit would otherwise load Helvetica, which draws no Vietnamese.
    font: '',
    info: { Title: safeText(model.title), Creator: 'capdo' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const flow = new PageFlow(doc);
  // A model that opens with a page break (an annex alone) starts on that page instead of a blank one.
  const [first, ...rest] = model.blocks;
  const opensWithBreak = first?.kind === 'pageBreak';
  flow.startPage(opensWithBreak ? (first.orientation ?? 'portrait') : 'portrait');
  for (const block of opensWithBreak ? rest : model.blocks) writeBlock(flow, block);
  writePageNumbers(doc);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  return (await renderPdfWithInfo(model)).pdf;
}
