import { formatDateVi } from '#shared/common/text.js';
import { csvCellText } from './cell-safety.js';
import type { CellValue, ReportSheet } from './report-sheet.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled. */
function csvField(value: CellValue, booleans: { yes: string; no: string }): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'number') text = String(value);
  else if (typeof value === 'boolean') text = value ? booleans.yes : booleans.no;
  else if (typeof value === 'object') text = formatDateVi(value.date);
  else text = csvCellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The sections one after another: the section's name on a line, its header, its rows, an empty
 * line. UTF-8 with a BOM, so Excel opens Vietnamese text correctly; CRLF line ends (RFC 4180).
 */
export function toCsv(sheets: ReportSheet[], booleans: { yes: string; no: string }): string {
  const lines: string[] = [];
  sheets.forEach((sheet, index) => {
    if (sheets.length > 1) {
      if (index > 0) lines.push('');
      lines.push(csvField(sheet.name, booleans));
    }
    lines.push(sheet.columns.map((column) => csvField(column.header, booleans)).join(','));
    for (const row of sheet.rows) lines.push(row.map((value) => csvField(value, booleans)).join(','));
  });
  return BOM + lines.join(CRLF) + CRLF;
}
