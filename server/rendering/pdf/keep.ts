import type { Block } from '#templates/document-model.js';
import { addresseeLead } from './addressee.js';
import { articleLead, authorityHeight, headingHeight, legalBasesLead, paragraphLead } from './body-blocks.js';
import { closingLead } from './closing.js';
import type { PageFlow } from './page-flow.js';
import { layoutTable, tableLead } from './table-layout.js';
import { titleHeight } from './title.js';

/**
 * What keeps with what across a page break, as the DOCX's keep-with-next does: a heading, a title or
 * the authority line stays on the page of the first lines under it (a table's header and first row),
 * and the text before the closing keeps the closing with it, so that the signature never stands on a
 * page without body text above it.
 */

/** Blocks that never end a page: they go to the next page with the start of what follows them. */
const KEPT_WITH_NEXT = new Set<Block['kind']>(['heading', 'title', 'authority']);

/** A title right after the page break that starts an annex: the annex's title. */
export const isAnnexTitle = (blocks: Block[], index: number): boolean => {
  const previous = blocks[index - 1];
  return blocks[index]?.kind === 'title' && previous?.kind === 'pageBreak' && previous.annex === true;
};

/** The height of the start of block `index` that must stand on one page, with what it keeps with. */
function leadHeight(flow: PageFlow, blocks: Block[], index: number): number {
  const block = blocks[index];
  if (!block) return 0;
  const following = () => leadHeight(flow, blocks, index + 1);
  const keep = () => keepAfter(flow, blocks, index);
  switch (block.kind) {
    case 'paragraph':
      return paragraphLead(flow, block, keep());
    case 'article':
      return articleLead(flow, block, keep());
    case 'legalBases':
      return legalBasesLead(flow, block, keep());
    case 'addressee':
      return addresseeLead(flow, block) + keep();
    case 'table': {
      const table = layoutTable(flow, block);
      return table ? tableLead(table, keep()) : 0;
    }
    case 'closing':
      return closingLead(flow, block);
    case 'heading':
      return headingHeight(flow, block) + following();
    case 'authority':
      return authorityHeight(flow, block) + following();
    case 'title':
      return titleHeight(flow, block, isAnnexTitle(blocks, index)) + following();
    case 'header':
    case 'pageBreak':
      return 0;
  }
}

/** The height that must follow block `index` on the page where it ends. */
export function keepAfter(flow: PageFlow, blocks: Block[], index: number): number {
  const block = blocks[index];
  const next = blocks[index + 1];
  if (!block || !next) return 0;
  return next.kind === 'closing' || KEPT_WITH_NEXT.has(block.kind) ? leadHeight(flow, blocks, index + 1) : 0;
}
