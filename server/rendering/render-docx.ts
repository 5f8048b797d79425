import { Document, Packer, type FileChild, type ISectionOptions } from 'docx';
import type { DocumentModel } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { blockToDocx } from './docx/blocks.js';
import { sectionOptions } from './docx/page-setup.js';
import { FONT } from './docx/text-runs.js';
import { pageGeometry, ptToHalfPoints, type Orientation } from './docx/units.js';
import { safeText } from './safe-text.js';

/**
 * Renders a DocumentModel as a DOCX in the format of Decree 30/2020/NĐ-CP: A4, its margins, Times New
 * Roman, the two-column header, page numbers centred at the top from page 2, and a landscape section
 * for each run of pages that a landscape page break opens.
 */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const document = new Document({
    title: safeText(model.title),
    creator: 'capdo',
    lastModifiedBy: 'capdo',
    // The defaults reach what runs do not set: empty paragraphs, table cells, the page number field.
    styles: {
      default: {
        document: { run: { font: FONT, size: ptToHalfPoints(officialFormat.size.body), language: { value: 'vi-VN' } } },
      },
    },
    // A "\n" in the text is a line break; in a justified paragraph Word would otherwise stretch the
    // line before it across the whole width.
    compatibility: { doNotExpandShiftReturn: true },
    sections: sectionsOf(model),
  });
  return Packer.toBuffer(document);
}

/** Splits the blocks into sections where a page break changes the orientation. */
function sectionsOf(model: DocumentModel): ISectionOptions[] {
  const runs: { orientation: Orientation; children: FileChild[] }[] = [{ orientation: 'portrait', children: [] }];
  for (const block of model.blocks) {
    const current = runs[runs.length - 1]!;
    if (block.kind === 'pageBreak' && block.orientation && block.orientation !== current.orientation) {
      // A new section starts on a new page by itself; an empty one (a document opening on a landscape page) just turns.
      if (current.children.length === 0) current.orientation = block.orientation;
      else runs.push({ orientation: block.orientation, children: [] });
      continue;
    }
    current.children.push(...blockToDocx(block, pageGeometry[current.orientation]));
  }
  return runs.map((run, index) => sectionOptions(pageGeometry[run.orientation], run.children, index === 0));
}
