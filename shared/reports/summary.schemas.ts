import type { z } from 'zod';
import { complianceQuerySchema, complianceReportSchema } from './reports.schemas.js';

/**
 * The lists of the home page's summary (overdue, pending, inspections due) carry at most this many rows
 * with their full totals: the home page shows the first ones and the way to the whole report.
 */
export const SUMMARY_LIST_LIMIT = 20;

export const reportSummaryQuerySchema = complianceQuerySchema.pick({ organisationId: true, asOf: true });

/**
 * What the home page shows of the compliance report: the narrative, the headline counts (units by kind and
 * state, systems by level, dossiers by status), the first rows of each list with its total, and the
 * yearly reports falling due. The units named for the narrative and the re-determination list stay in
 * the full report (GET /api/reports/compliance), as do the lists beyond their first rows.
 */
export const reportSummarySchema = complianceReportSchema.omit({ namedUnits: true, redetermination: true });
export type ReportSummary = z.infer<typeof reportSummarySchema>;
