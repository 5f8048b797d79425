import type { TableBlock } from '#templates/document-model.js';
import { officialFormat } from '#templates/official-format.js';
import { lineHeightOf } from './draw-lines.js';
import type { PageFlow } from './page-flow.js';
import type { Align } from './pdf-types.js';
import { type Line, breakLines, styledText } from './text-layout.js';

export const PADDING_X = 4;
export const PADDING_Y = 2.5;
export const BORDER = 0.5;
/** The space under a table. */
export const TABLE_SPACE_AFTER = officialFormat.paragraphSpacingPt;

interface Cell {
  lines: Line[];
  align: Align;
}

export interface Row {
  cells: Cell[];
  /** Lines of the tallest cell: the row's height in lines (every cell has the same line height). */
  lineCount: number;
}

export interface TableLayout {
  size: number;
  step: number;
  /** The outer border's left and right, and where each column starts and how wide it is. */
  left: number;
  right: number;
  starts: number[];
  widths: number[];
  header: Row;
  rows: Row[];
  /** How many lines of a row fit on a page under the header row. */
  linesOnFreshPage: number;
}

/** Column widths in proportion to their relative widths, sharing `total`; equal when none is given. */
function columnWidths(block: TableBlock, total: number): number[] {
  const weights = block.columns.map((column) => (Number.isFinite(column.width) && column.width > 0 ? column.width : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => (sum > 0 ? (total * weight) / sum : total / block.columns.length));
}

/** The height of `lineCount` lines of a row with its padding. */
export const rowHeight = (table: TableLayout, lineCount: number) => lineCount * table.step + 2 * PADDING_Y;

/** The table's cells broken into lines at the current text width; null for a table without columns. */
export function layoutTable(flow: PageFlow, block: TableBlock): TableLayout | null {
  if (!block.columns.length) return null;
  const size = block.size ?? officialFormat.size.table;
  const step = lineHeightOf(size);
  // The outer border is inset by half its width so that not even the stroke crosses the margin.
  const left = flow.left + BORDER / 2;
  const widths = columnWidths(block, flow.width - BORDER);
  const starts = widths.map((_, index) => left + widths.slice(0, index).reduce((a, b) => a + b, 0));
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
  const headerHeight = header.lineCount * step + 2 * PADDING_Y;
  return {
    size,
    step,
    left,
    right: left + widths.reduce((a, b) => a + b, 0),
    starts,
    widths,
    header,
    rows: block.rows.map((texts) => rowOf(texts, false)),
    linesOnFreshPage: Math.max(1, Math.floor((flow.pageHeight - headerHeight - 2 * PADDING_Y) / step + 1e-6)),
  };
}

/**
 * The header row with the first row (or, for a row taller than a page, its first line): never left
 * alone at the foot of a page, nor the heading above it; with `keep` (what follows the table) when the
 * first row is the last.
 */
export function tableLead(table: TableLayout, keep = 0): number {
  const first = table.rows[0];
  const fits = !first || first.lineCount <= table.linesOnFreshPage;
  const firstLines = first ? (fits ? first.lineCount : 1) : 0;
  const kept = table.rows.length <= 1 && fits && keep > 0 ? TABLE_SPACE_AFTER + keep : 0;
  return rowHeight(table, table.header.lineCount) + (firstLines ? rowHeight(table, firstLines) : 0) + kept;
}
