import { defineContract } from '../common/contract.js';
import { reportSummaryQuerySchema, reportSummarySchema } from './summary.schemas.js';

export const reportSummary = defineContract({
  method: 'get',
  path: '/api/reports/summary',
  summary:
    "What the home page shows of one organisation's compliance roll-up, today or as of a past day: the narrative, " +
    'units by kind and state, systems by level, dossiers by status, the first rows of the overdue, pending and ' +
    'inspection lists with their totals, and the yearly reports due; the whole report is /api/reports/compliance',
  tag: 'Reports',
  auth: true,
  query: reportSummaryQuerySchema,
  response: reportSummarySchema,
});
