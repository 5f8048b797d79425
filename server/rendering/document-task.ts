import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import type { DocumentModel } from '#templates/document-model.js';
import type { ReportWorkbook } from '../modules/reports/formats/report-sheet.js';
import { writeXlsx } from '../modules/reports/formats/xlsx.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';

/**
 * The CPU-bound work on documents, as plain data that crosses to a worker thread by structured clone:
 * a document model to PDF or DOCX, files into a zip, a report's tables into an XLSX. Each answers bytes.
 */
export type DocumentTask =
  | { kind: 'pdf' | 'docx'; model: DocumentModel }
  | { kind: 'zip'; entries: Array<{ name: string; bytes: Uint8Array }> }
  | { kind: 'xlsx'; report: ReportWorkbook; booleans: { yes: string; no: string } };

/** Runs one task on the current thread (a worker of document-pool.ts, or inline when the pool is off). */
export async function runDocumentTask(task: DocumentTask): Promise<Uint8Array> {
  switch (task.kind) {
    case 'pdf':
      return renderPdf(task.model);
    case 'docx':
      return renderDocx(task.model);
    case 'zip':
      return zipEntries(task.entries);
    case 'xlsx':
      return xlsxBytes(task.report, task.booleans);
  }
}

/** The documents are compressed already, so they are stored as they are. */
async function zipEntries(entries: Array<{ name: string; bytes: Uint8Array }>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const { name, bytes } of entries) zip.file(name, bytes, { binary: true });
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

/** The streaming writer's output gathered: its sheets are written row by row, the file is small once zipped. */
async function xlsxBytes(report: ReportWorkbook, booleans: { yes: string; no: string }): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(report, out, booleans);
  return Buffer.concat(chunks);
}
