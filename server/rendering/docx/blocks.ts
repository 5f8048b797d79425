import type { FileChild } from 'docx';
import type { Block } from '#templates/document-model.js';
import { addresseeBlock } from './addressee-block.js';
import { closingBlock } from './closing-block.js';
import { dataTableBlock } from './data-table.js';
import { headerBlock } from './header-block.js';
import type { Keep } from './keep.js';
import { pageBreakParagraph } from './paragraphs.js';
import { articleBlock, authorityBlock, headingBlock, legalBasesBlock, paragraphBlock } from './text-blocks.js';
import { titleBlock } from './title-block.js';
import type { PageGeometry } from './units.js';

/** Where a block stands: what it keeps with the block after it, and whether it opens an annex. */
export interface BlockContext {
  page: PageGeometry;
  keep: Keep;
  /** The block follows the page break that starts an annex. */
  annexStart: boolean;
}

/**
 * One model block as docx elements on a page of the given geometry. A page break that changes the
 * orientation or starts an annex is not a block here: the sections start a new section for it.
 */
export function blockToDocx(block: Block, { page, keep, annexStart }: BlockContext): FileChild[] {
  switch (block.kind) {
    case 'header':
      return headerBlock(block, page);
    case 'title':
      return titleBlock(block, page, annexStart);
    case 'addressee':
      return addresseeBlock(block);
    case 'authority':
      return authorityBlock(block);
    case 'legalBases':
      return legalBasesBlock(block, keep);
    case 'paragraph':
      return paragraphBlock(block, keep);
    case 'heading':
      return headingBlock(block);
    case 'article':
      return articleBlock(block, keep);
    case 'table':
      return dataTableBlock(block, page, keep);
    case 'pageBreak':
      return [pageBreakParagraph()];
    case 'closing':
      return closingBlock(block, page);
  }
}
