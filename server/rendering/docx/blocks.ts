import type { FileChild } from 'docx';
import type { Block } from '#templates/document-model.js';
import { closingBlock } from './closing-block.js';
import { dataTableBlock } from './data-table.js';
import { headerBlock } from './header-block.js';
import { pageBreakParagraph } from './paragraphs.js';
import {
  addresseeBlock,
  articleBlock,
  authorityBlock,
  headingBlock,
  legalBasesBlock,
  paragraphBlock,
  titleBlock,
} from './text-blocks.js';
import type { PageGeometry } from './units.js';

/**
 * One model block as docx elements on a page of the given geometry. A page break that changes the
 * orientation is not a block here: render-docx starts a new section for it.
 */
export function blockToDocx(block: Block, page: PageGeometry): FileChild[] {
  switch (block.kind) {
    case 'header':
      return headerBlock(block, page);
    case 'title':
      return titleBlock(block, page);
    case 'addressee':
      return addresseeBlock(block, page);
    case 'authority':
      return authorityBlock(block);
    case 'legalBases':
      return legalBasesBlock(block);
    case 'paragraph':
      return paragraphBlock(block);
    case 'heading':
      return headingBlock(block);
    case 'article':
      return articleBlock(block);
    case 'table':
      return dataTableBlock(block, page);
    case 'pageBreak':
      return [pageBreakParagraph()];
    case 'closing':
      return closingBlock(block, page);
  }
}
