import type { Response } from 'express';
import { contentDisposition, sanitiseFileName } from '../../dossiers/sanitise-file-name.js';
import { toCsv } from './csv.js';
import type { ReportSheet } from './report-sheet.js';
import { writeXlsx } from './xlsx.js';

export type FileFormat = 'csv' | 'xlsx';

const mediaTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} satisfies Record<FileFormat, string>;

/**
 * Answers with the report as a file to download. The name is Vietnamese (RFC 5987 filename* carries
 * it exactly, with an accent-free ASCII fallback), cleaned of anything a file system refuses.
 */
export async function sendReportFile(
  res: Response,
  format: FileFormat,
  baseName: string,
  sheets: ReportSheet[],
  booleans: { yes: string; no: string },
): Promise<void> {
  const fileName = sanitiseFileName(baseName, format);
  res.status(200).set({
    'Content-Type': mediaTypes[format],
    'Content-Disposition': contentDisposition(fileName),
    'X-Content-Type-Options': 'nosniff',
  });
  if (format === 'csv') {
    const body = Buffer.from(toCsv(sheets, booleans), 'utf8');
    res.set('Content-Length', String(body.length)).end(body);
    return;
  }
  try {
    await writeXlsx(sheets, res, booleans);
  } catch (error) {
    // The headers are out: the error handler can no longer answer, so cut the download short
    // (the browser reports a failed download rather than waiting for the rest).
    res.destroy();
    throw error;
  }
}
