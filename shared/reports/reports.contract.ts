import { defineContract } from '../common/contract.js';
import {
  annualQuerySchema,
  annualReportSchema,
  complianceQuerySchema,
  complianceReportSchema,
} from './reports.schemas.js';

const tag = 'Reports';
const csv = 'text/csv';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pdf = 'application/pdf';
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const complianceReport = defineContract({
  method: 'get',
  path: '/api/reports/compliance',
  summary:
    "Compliance roll-up over one organisation's subtree, today or as of a past day: units by kind, approved levels, " +
    'dossiers by status, pending and overdue steps, inspections due, re-determinations, with the narrative; ' +
    'format=csv|xlsx answers the tables as a file, format=pdf|docx the report as an official document ' +
    '(Content-Disposition: attachment)',
  tag,
  auth: true,
  query: complianceQuerySchema,
  response: complianceReportSchema,
  files: [csv, xlsx, pdf, docx],
});

export const annualReport = defineContract({
  method: 'get',
  path: '/api/reports/annual',
  summary:
    'Annual report of one year: nd331 form 08 (period 15/12-14/12, 12 columns) or the nd85 yearly report of level ' +
    '3-5 systems, ' +
    'with the due dates; format=csv|xlsx answers a file instead of JSON',
  tag,
  auth: true,
  query: annualQuerySchema,
  response: annualReportSchema,
  files: [csv, xlsx],
});
