import type { TableBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { drawLines, lineHeightOf } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import type { Align } from './pdf-types.js';
import { type Line, breakLines, styledText } from './text-layout.js';

const PADDING_X = 4;
const PADDING_Y = 2.5;
const BORDER = 0.5;

interface Cell {
  lines: Line[];
  align: Align;
}

interface Row {
  cells: Cell[];
  /** Lines of the tallest cell: the row's height in lines (every cell has the same line height). */
  lineCount: number;
}

/** Column widths in proportion to their relative widths, sharing `total`; equal when none is given. */
function columnWidths(block: TableBlock, total: number): number[] {
  const weights = block.columns.map((column) => (Number.isFinite(column.width) && column.width > 0 ? column.width : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => (sum > 0 ? (total * weight) / sum : total / block.columns.length));
}

/**
 * A bordered table across the text width. Cells wrap and rows grow to their tallest cell; a row
 * that does not fit moves to the next page, or is split line by line when it is taller than a page;
 * the header row is repeated at the top of every page the table runs on to.
 */
export function writeTable(flow: PageFlow, block: TableBlock): void {
  if (!block.columns.length) return;
  const size = block.size ?? officialFormat.size.table;
  const step = lineHeightOf(size);
  // The outer border is inset by half its width so that not even the stroke crosses the margin.
  const left = flow.left + BORDER / 2;
  const widths = columnWidths(block, flow.width - BORDER);
  const starts = widths.map((_, index) => left + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const right = left + widths.reduce((a, b) => a + b, 0);

  const rowOf = (texts: string[], bold: boolean): Row => {
    const cells = block.columns.map((column, index) => ({
      lines: breakLines(styledText(texts[index] ?? '', { bold }), size, widths[index]! - 2 * PADDING_X),
      align: bold ? ('center' as const) : (column.align ?? 'left'),
    }));
    return { cells, lineCount: Math.max(1, ...cells.map((cell) => cell.lines.length)) };
  };
  const header = rowOf(
    block.columns.map((column) => column.title),
    true,
  );
  const heightOf = (lineCount: number) => lineCount * step + 2 * PADDING_Y;

  /** Draws lines [from, from + count) of a row at the cursor, with its borders. */
  const drawRowPart = (row: Row, from: number, count: number) => {
    const top = flow.y;
    const bottom = top + heightOf(count);
    row.cells.forEach((cell, index) => {
      const lines = cell.lines.slice(from, from + count);
      drawLines(
        flow.doc,
        lines,
        starts[index]! + PADDING_X,
        top + PADDING_Y,
        widths[index]! - 2 * PADDING_X,
        cell.align,
        size,
      );
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

  const rows = block.rows.map((texts) => rowOf(texts, false));
  const linesOnFreshPage = Math.max(
    1,
    Math.floor((flow.pageHeight - heightOf(header.lineCount) - 2 * PADDING_Y) / step + 1e-6),
  );
  // Never leave the header alone at the foot of a page: it goes with the first row (or, for a row
  // taller than a page, with that row's first line).
  const firstRowLines = rows[0] ? (rows[0].lineCount <= linesOnFreshPage ? rows[0].lineCount : 1) : 0;
  flow.ensure(heightOf(header.lineCount) + (firstRowLines ? heightOf(firstRowLines) : 0));
  drawRowPart(header, 0, header.lineCount);

  for (const row of rows) {
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
      } else if (room < 1 && flow.y <= flow.top + heightOf(header.lineCount) + 1e-6) {
        // Only a header row as tall as a page leaves no room: draw a line anyway rather than loop forever.
        drawRowPart(row, from, 1);
        from += 1;
      } else {
        newPageWithHeader();
      }
    }
  }
  flow.y += officialFormat.paragraphSpacingPt;
}
