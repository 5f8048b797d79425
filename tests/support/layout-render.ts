import { renderDocx } from '#server/rendering/render-docx.js';
import { renderPdfWithInfo } from '#server/rendering/render-pdf.js';
import type { DocumentModel } from '#templates/document-model.js';
import { type PdfPageLines, pdfLines } from './layout-lines.js';
import { type PdfRule, pdfRules } from './layout-rules.js';
import { docxParts, pdfWords } from './read-documents.js';

/** A document to check: a model and a name that says where it came from ("approval-decision nd331 draft"). */
export interface LayoutDocument {
  name: string;
  model: DocumentModel;
}

/** The document rendered in both formats once, and read back the way the checks need it. */
export interface RenderedLayout extends LayoutDocument {
  pdf: Buffer;
  docx: Buffer;
  pageCount: number;
  pages: PdfPageLines[];
  /** The horizontal rules of each page; empty for a document without a summary under a title. */
  rules: PdfRule[][];
  /** Every XML part of the DOCX by name. */
  docxParts: Record<string, string>;
}

async function renderLayout(document: LayoutDocument): Promise<RenderedLayout> {
  const [{ pdf, pages: pageCount }, docx] = await Promise.all([
    renderPdfWithInfo(document.model),
    renderDocx(document.model),
  ]);
  // Rules are read only where a check looks for them: under a title's summary.
  const hasSummary = document.model.blocks.some((block) => block.kind === 'title' && block.subject !== null);
  const [words, rules, parts] = await Promise.all([
    pdfWords(pdf),
    hasSummary ? pdfRules(pdf) : Promise.resolve([]),
    docxParts(docx),
  ]);
  return { ...document, pdf, docx, pageCount, pages: pdfLines(words), rules, docxParts: parts };
}

/** Renders one after the other: the suite runs on two cores beside other test files. */
export async function renderAll(documents: LayoutDocument[]): Promise<RenderedLayout[]> {
  const rendered: RenderedLayout[] = [];
  for (const document of documents) rendered.push(await renderLayout(document));
  return rendered;
}
