import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONT } from './text-runs.js';
import { ptToHalfPoints, ptToTwips } from './units.js';

/** Table scaffolding shared by the header, the addressee, the closing and data tables. */

const NO_CELL_BORDERS = {
  top: TableBorders.NONE.top,
  bottom: TableBorders.NONE.bottom,
  left: TableBorders.NONE.left,
  right: TableBorders.NONE.right,
} as const;

const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 } as const;

const dxa = (size: number) => ({ size, type: WidthType.DXA });

/**
 * A layout table without any border (the header, "Kính gửi", the closing). Fixed layout with the
 * widths given in twips, so Word and LibreOffice do not resize columns to their content; no cell
 * padding, so the text can use the whole column (the national name at 13 pt nearly fills its column).
 */
export function borderlessTable(
  columnWidths: number[],
  rows: Paragraph[][][],
  options: { cantSplit?: boolean } = {},
): Table {
  return new Table({
    width: dxa(columnWidths.reduce((sum, width) => sum + width, 0)),
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: ZERO_MARGINS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          ...(options.cantSplit ? { cantSplit: true } : {}),
          children: cells.map(
            (children, index) =>
              new TableCell({
                children,
                width: dxa(columnWidths[index] ?? 0),
                borders: NO_CELL_BORDERS,
                margins: ZERO_MARGINS,
              }),
          ),
        }),
    ),
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
} as const;
const GRID_CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;
const GRID_CELL_MARGINS = { top: ptToTwips(2), bottom: ptToTwips(2), left: ptToTwips(4), right: ptToTwips(4) } as const;

interface GridRow {
  cells: Paragraph[][];
  /** Repeats at the top of every page the table spans. */
  header?: boolean;
  /** Stays on the page of the next row (or of what follows the table). */
  keepNext?: boolean;
}

/** A bordered data table with fixed column widths in twips. */
export function gridTable(columnWidths: number[], rows: GridRow[]): Table {
  return new Table({
    width: dxa(columnWidths.reduce((sum, width) => sum + width, 0)),
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: GRID_CELL_MARGINS,
    rows: rows.map(
      (row) =>
        new TableRow({
          // A row stays on one page (Word still splits one taller than a page); the header row repeats.
          cantSplit: true,
          ...(row.header ? { tableHeader: true } : {}),
          ...(row.keepNext ? { keepNext: true } : {}),
          children: row.cells.map(
            (children, index) =>
              new TableCell({
                children,
                width: dxa(columnWidths[index] ?? 0),
                borders: GRID_CELL_BORDERS,
                ...(row.header ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
              }),
          ),
        }),
    ),
  });
}

/**
 * The paragraph every table is followed by. Two tables with nothing between them are one table to
 * Word (it merges them on save), and a section must not end with a table; this small gap prevents both.
 */
export const afterTableSpacer = (heightPt = 6, options: { keep?: boolean } = {}): Paragraph =>
  new Paragraph({
    style: 'Compact',
    spacing: { line: ptToTwips(heightPt), lineRule: LineRuleType.EXACT },
    ...(options.keep ? { keepNext: true, keepLines: true } : {}),
    run: { font: FONT, size: ptToHalfPoints(heightPt) },
  });

/**
 * Shares `total` twips between columns in proportion to their
 * relative widths; the last one takes the rounding remainder.
 */
export function shareWidths(relative: number[], total: number): number[] {
  const sum = relative.reduce((acc, width) => acc + Math.max(0, width), 0);
  const widths = relative.map((width) =>
    sum > 0 ? Math.floor((Math.max(0, width) / sum) * total) : Math.floor(total / relative.length),
  );
  const used = widths.slice(0, -1).reduce((acc, width) => acc + width, 0);
  if (widths.length > 0) widths[widths.length - 1] = total - used;
  return widths;
}
