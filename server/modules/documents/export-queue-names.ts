/** Renders batch exports; each job bears the id of its export (document-exports.ts). */
export const DOCUMENT_EXPORT_QUEUE = 'document-export';
/** Where pg-boss puts an export job once all its attempts failed: its export is then recorded failed. */
export const DOCUMENT_EXPORT_FAILED_QUEUE = 'document-export-failed';
/** Deletes expired zips and fails exports that lost their job, once a slot across all processes. */
export const DOCUMENT_EXPORT_SWEEP_QUEUE = 'document-export-sweep';

/** The data of an export's job, and of its dead letter. */
export interface DocumentExportJob {
  exportId: string;
}
