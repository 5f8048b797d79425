import { FileResponse } from '../../../http/file-response.js';
import { runInPool } from '../../../rendering/document-pool.js';
import { sanitiseFileName } from '../../dossiers/sanitise-file-name.js';
import { toCsv } from './csv.js';
import type { ReportWorkbook } from './report-sheet.js';

type FileFormat = 'csv' | 'xlsx';

const mediaTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} satisfies Record<FileFormat, string>;

/**
 * The report's tables as a file to download: CSV in one piece, XLSX through exceljs's streaming writer on a
 * thread of the document pool, set up to print under the report's heading. The name is Vietnamese (RFC 5987
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
    : new FileResponse({
        ...file,
        // Off the event loop (docs/document-pool.md); the file comes back whole, zipped sheets are small.
        write: async (out) => {
          out.end(await runInPool({ kind: 'xlsx', report, booleans }));
        },
      });
}
