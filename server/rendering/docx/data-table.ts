import type { FileChild } from 'docx';
import type { TableBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { paragraph } from './paragraphs.js';
import { afterTableSpacer, gridTable, shareWidths } from './tables.js';
import { textRuns } from './text-runs.js';
import type { PageGeometry } from './units.js';
import type { Keep } from './keep.js';

/**
 * A bordered table across the text width of the current page (wider on a landscape page), columns
 * in proportion to their relative widths, the header row bold, centred, repeated on every page and
 * never alone at a page's foot. Kept with what follows (the closing), its last row goes with it.
 */
export function dataTableBlock(block: TableBlock, page: PageGeometry, keep: Keep = 'none'): FileChild[] {
  // A table without columns would be a row without cells, which Word refuses to open.
  if (block.columns.length === 0) return [];
  const size = block.size ?? officialFormat.size.table;
  const widths = shareWidths(
    block.columns.map((column) => column.width),
    page.textWidth,
  );
  const header = block.columns.map((column) => [
    paragraph(textRuns(column.title, { size, bold: true }), { align: 'center' }),
  ]);
  // Rows shorter than the header get empty cells and longer ones are cut, so every row has the table's columns.
  const body = block.rows.map((row) =>
    block.columns.map((column, index) => [
      paragraph(textRuns(row[index] ?? '', { size }), { align: column.align ?? 'left' }),
    ]),
  );
  const keepLast = keep !== 'none';
  return [
    gridTable(widths, [
      { cells: header, header: true, keepNext: body.length > 0 || keepLast },
      ...body.map((cells, index) => ({ cells, keepNext: keepLast && index === body.length - 1 })),
    ]),
    afterTableSpacer(6, { keep: keepLast }),
  ];
}
