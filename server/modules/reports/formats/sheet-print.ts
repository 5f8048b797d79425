import type ExcelJS from 'exceljs';
import { formatDateVi } from '#shared/common/text.js';
import { translate } from '#shared/i18n/translate.js';
import { safeCellText } from './cell-safety.js';
import type { ReportHeading } from './report-sheet.js';

/**
 * How every sheet the server writes prints: A4 landscape, as wide as the page (as many pages down as
 * it takes), its header row repeated on each page, the title and the day in the page header and
 * "Trang 1/3" in the footer; one font for the whole table, the header row only bold; text wrapped
 * in its column with rows as tall as their text (a spreadsheet program does not always grow a row for
 * wrapped text another program wrote).
 */

/** The body's font; the header row's is the same, bold. */
export const SHEET_FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };
export const HEADER_FONT: Partial<ExcelJS.Font> = { ...SHEET_FONT, bold: true };
/** Body cells: text wraps at the column's width and reads from the top. */
export const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** OOXML's paper size number for A4. */
const A4 = 9;
/** Points per line of 12 pt text: the height Excel gives a one-line row in that size. */
const LINE_POINTS = 15.75;
/**
 * Characters of 12 pt Times New Roman per unit of column width (the width of a digit of the workbook's
 * default font), less a margin for lines broken at spaces; bold letters are wider.
 */
const CHARS_PER_WIDTH = { regular: 0.9, bold: 0.8 };
/** Excel refuses a page header longer than 255 characters. */
const MAX_HEADER = 255;
/**
 * Font codes only, never a size code: a size is digits after "&", and a date right after one would be
 * read as part of it.
 */
const REGULAR = `&"${SHEET_FONT.name},Regular"`;
const BOLD = `&"${SHEET_FONT.name},Bold"`;

/** In a header or footer "&" starts a code: a literal one is doubled. Control characters are dropped. */
const literal = (text: string) => safeCellText(text).text.replace(/\s+/g, ' ').replace(/&/g, '&&');

/** The page header: the title on the left (shortened to fit Excel's limit), the day on the right. */
function pageHeader(heading: ReportHeading): string {
  const right = `&R${REGULAR}${formatDateVi(heading.date)}`;
  const build = (title: string) => `&L${BOLD}${literal(title)}${right}`;
  let title = heading.title;
  while (build(title).length > MAX_HEADER) title = `${title.slice(0, -2)}…`;
  return build(title);
}

/** The options every sheet is added with (exceljs's addWorksheet, streamed or not). */
export function printSetup(
  heading: ReportHeading,
): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  return {
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: pageHeader(heading),
      oddFooter: `&C${REGULAR}${literal(translate(heading.locale, 'reports.print.page'))} &P/&N`,
    },
  };
}

/** Lines a text takes in a column `width` wide, broken at spaces as a spreadsheet breaks it. */
function linesIn(text: string, width: number, bold: boolean): number {
  const capacity = Math.max(1, Math.floor(width * CHARS_PER_WIDTH[bold ? 'bold' : 'regular']));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (used === 0) used = word.length;
      else if (used + 1 + word.length <= capacity) used += 1 + word.length;
      else {
        lines += 1;
        used = word.length;
      }
      // A word longer than the line is cut across lines.
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

/** A row's height in points: its tallest cell's lines of text, given the columns' widths. */
export function rowHeight(texts: ReadonlyArray<string | null>, widths: readonly number[], bold = false): number {
  const lines = texts.map((text, index) => (text ? linesIn(text, widths[index] ?? 10, bold) : 1));
  return Math.max(1, ...lines) * LINE_POINTS;
}
