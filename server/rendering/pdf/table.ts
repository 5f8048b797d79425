import type { TableBlock } from '#templates/document-model.js';
import { drawLines } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import {
  BORDER,
  PADDING_X,
  PADDING_Y,
  type Row,
  TABLE_SPACE_AFTER as SPACE_AFTER,
  layoutTable,
  rowHeight,
  tableLead,
} from './table-layout.js';

/**
 * A bordered table across the text width. Cells wrap and rows grow to their tallest cell; a row
 * that does not fit moves to the next page, or is split line by line when it is taller than a page;
 * the header row is repeated at the top of every page the table runs on to. `keep`: the height that
 * must follow the last row on its page (the closing after a table).
 */
export function writeTable(flow: PageFlow, block: TableBlock, keep: number): void {
  const table = layoutTable(flow, block);
  if (!table) return;
  const { header, rows, starts, widths, left, right, size, step, linesOnFreshPage } = table;

  /** Draws lines [from, from + count) of a row at the cursor, with its borders. */
  const drawRowPart = (row: Row, from: number, count: number) => {
    const top = flow.y;
    const bottom = top + rowHeight(table, count);
    row.cells.forEach((cell, index) => {
      const lines = cell.lines.slice(from, from + count);
      const x = starts[index]! + PADDING_X;
      drawLines(flow.doc, lines, x, top + PADDING_Y, widths[index]! - 2 * PADDING_X, cell.align, size);
    });
    const doc = flow.doc.save().lineWidth(BORDER);
    doc.moveTo(left, top).lineTo(right, top).moveTo(left, bottom).lineTo(right, bottom);
    for (const x of [...starts, right]) doc.moveTo(x, top).lineTo(x, bottom);
    doc.stroke().restore();
    flow.y = bottom;
  };
  const newPageWithHeader = () => {
    flow.newPage();
    drawRowPart(header, 0, header.lineCount);
  };
  const headerHeight = rowHeight(table, header.lineCount);
  /** What must follow a row on its page: for the last row, the space under the table and `keep`. */
  const keepAfter = (row: Row) =>
    keep > 0 && row === rows.at(-1) && row.lineCount <= linesOnFreshPage ? SPACE_AFTER + keep : 0;

  flow.ensure(tableLead(table, keep));
  drawRowPart(header, 0, header.lineCount);

  for (const row of rows) {
    // The last row moves with what it keeps with when both fit on a page under the header.
    const kept = keepAfter(row);
    if (kept && !flow.fits(rowHeight(table, row.lineCount) + kept) && flow.y > flow.top + headerHeight + 1e-6) {
      const freshRoom = flow.pageHeight - headerHeight;
      if (rowHeight(table, row.lineCount) + kept <= freshRoom + 1e-6) newPageWithHeader();
    }
    let from = 0;
    while (from < row.lineCount) {
      const remaining = row.lineCount - from;
      const room = Math.floor((flow.bottom - flow.y - 2 * PADDING_Y) / step + 1e-6);
      if (room >= remaining) {
        drawRowPart(row, from, remaining);
        from += remaining;
      } else if (room >= 1 && remaining > linesOnFreshPage) {
        // Taller than any page: split it here rather than leave the room empty.
        drawRowPart(row, from, room);
        from += room;
        newPageWithHeader();
      } else if (room < 1 && flow.y <= flow.top + headerHeight + 1e-6) {
        // Only a header row as tall as a page leaves no room: draw a line anyway rather than loop forever.
        drawRowPart(row, from, 1);
        from += 1;
      } else {
        newPageWithHeader();
      }
    }
  }
  flow.y += SPACE_AFTER;
}
