import type { FileChild, ISectionOptions } from 'docx';
import type { DocumentModel } from '#templates/document-model.js';
import { blockToDocx } from './blocks.js';
import { keepBefore } from './keep.js';
import { sectionOptions } from './page-setup.js';
import { pageGeometry, type Orientation } from './units.js';

interface SectionRun {
  orientation: Orientation;
  annex: boolean;
  children: FileChild[];
}

/**
 * Splits the blocks into sections: a new one where a page break turns the page or starts an annex (whose
 * pages are numbered on their own). Each block learns what it keeps with the next: all of the last block
 * before the closing, the last paragraph before a table.
 */
export function sectionsOf(model: DocumentModel): ISectionOptions[] {
  const runs: SectionRun[] = [{ orientation: 'portrait', annex: false, children: [] }];
  let annexStart = false;
  model.blocks.forEach((block, index) => {
    const current = runs[runs.length - 1]!;
    if (block.kind === 'pageBreak') {
      const orientation = block.orientation ?? current.orientation;
      const annex = block.annex === true;
      annexStart = annex;
      if (annex || orientation !== current.orientation) {
        // A new section starts on a new page by itself; an empty one (a document opening on such a break) just turns.
        if (current.children.length === 0) Object.assign(current, { orientation, annex: current.annex || annex });
        else runs.push({ orientation, annex, children: [] });
        return;
      }
    }
    const context = { page: pageGeometry[current.orientation], keep: keepBefore(model.blocks[index + 1]), annexStart };
    current.children.push(...blockToDocx(block, context));
    annexStart = false;
  });
  return runs.map((run, index) =>
    sectionOptions(pageGeometry[run.orientation], run.children, {
      first: index === 0,
      annex: run.annex,
      draft: model.status === 'draft',
    }),
  );
}
