import type { Block, DocumentModel } from '#templates/document-model.js';
import { writeAddressee } from './pdf/addressee.js';
import { writeArticle, writeAuthority, writeHeading, writeLegalBases, writeParagraph } from './pdf/body-blocks.js';
import { writeClosing } from './pdf/closing.js';
import { writeDraftMark } from './pdf/draft-mark.js';
import { registerFonts } from './pdf/fonts.js';
import { writeHeader } from './pdf/header.js';
import { isAnnexTitle, keepAfter } from './pdf/keep.js';
import { PageFlow } from './pdf/page-flow.js';
import { writePageNumbers } from './pdf/page-numbers.js';
import { pdfDocumentFor } from './pdf/pdf-document.js';
import { writeTable } from './pdf/table.js';
import { writeTitle } from './pdf/title.js';

/**
 * Renders a DocumentModel to PDF in the format of Decree 30/2020/NĐ-CP: A4, its margins, Tinos
 * (Times New Roman metrics) for every glyph, page numbers from page 2 of the main text and of each
 * annex, "DỰ THẢO" on drafts, PDF/A-2b when issued. Text is laid out by the functions under pdf/,
 * which place every line themselves and never let anything cross a margin.
 */

function writeBlock(flow: PageFlow, blocks: Block[], index: number): void {
  const block = blocks[index]!;
  const keep = keepAfter(flow, blocks, index);
  switch (block.kind) {
    case 'header':
      return writeHeader(flow, block);
    case 'title':
      return writeTitle(flow, block, keep, isAnnexTitle(blocks, index));
    case 'addressee':
      return writeAddressee(flow, block, keep);
    case 'authority':
      return writeAuthority(flow, block, keep);
    case 'legalBases':
      return writeLegalBases(flow, block, keep);
    case 'paragraph':
      return writeParagraph(flow, block, keep);
    case 'heading':
      return writeHeading(flow, block, keep);
    case 'article':
      return writeArticle(flow, block, keep);
    case 'table':
      return writeTable(flow, block, keep);
    case 'pageBreak':
      return flow.startPage(block.orientation ?? 'portrait', block.annex === true);
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
  const doc = pdfDocumentFor(model);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  const flow = new PageFlow(doc);
  // A model that opens with a page break (an annex alone) starts on that page instead of a blank one.
  const first = model.blocks[0];
  const opensWithBreak = first?.kind === 'pageBreak';
  flow.startPage(opensWithBreak ? (first.orientation ?? 'portrait') : 'portrait');
  if (model.status === 'draft') writeDraftMark(flow);
  for (let index = opensWithBreak ? 1 : 0; index < model.blocks.length; index++) writeBlock(flow, model.blocks, index);
  writePageNumbers(doc, flow.partStarts);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
}

export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  return (await renderPdfWithInfo(model)).pdf;
}
