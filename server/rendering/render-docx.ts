import { Document, Packer } from 'docx';
import type { DocumentModel } from '#templates/document-model.js';
import { sectionsOf } from './docx/sections.js';
import { documentStyles } from './docx/styles.js';
import { safeText } from './safe-text.js';

/**
 * Renders a DocumentModel as a DOCX in the format of Decree 30/2020/NĐ-CP: A4, its margins, Times New
 * Roman, the two-column header, page numbers centred at the top from page 2, a landscape section for
 * each run of pages that a landscape page break opens and a section numbered on its own for each annex,
 * paragraph styles a clerk can edit with, and a "DỰ THẢO" mark on a draft's first page.
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const author = safeText(model.author);
  const document = new Document({
    title: safeText(model.title),
    // The issuing body, as the PDF's Author: the file's properties name who issues it.
    creator: author,
    lastModifiedBy: author,
    styles: documentStyles(),
    // A "\n" in the text is a line break; in a justified paragraph Word would otherwise stretch the
    // line before it across the whole width.
    compatibility: { doNotExpandShiftReturn: true },
    sections: sectionsOf(model),
  });
  return Packer.toBuffer(document);
}
