import { FileResponse } from '../../../http/file-response.js';
import { sanitiseFileName } from '../../dossiers/sanitise-file-name.js';
import { toCsv } from './csv.js';
import type { ReportWorkbook } from './report-sheet.js';
import { writeXlsx } from './xlsx.js';

type FileFormat = 'csv' | 'xlsx';

const mediaTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} satisfies Record<FileFormat, string>;

/**
 * The report's tables as a file to download: CSV in one piece, XLSX streamed (constant memory whatever
 * the number of rows) and set up to print under the report's heading. The name is Vietnamese (RFC 5987
 * filename* carries it exactly, with an accent-free ASCII fallback), cleaned of anything a file system refuses.
 */
export function reportFile(
  format: FileFormat,
  baseName: string,
  report: ReportWorkbook,
  booleans: { yes: string; no: string },
): FileResponse {
  const file = { fileName: sanitiseFileName(baseName, format), mediaType: mediaTypes[format] };
  return format === 'csv'
    ? new FileResponse({ ...file, bytes: Buffer.from(toCsv(report.sheets, booleans), 'utf8') })
    : new FileResponse({ ...file, write: (out) => writeXlsx(report, out, booleans) });
}
