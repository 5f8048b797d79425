import { defineContract } from '../common/contract.js';
import { dashboardQuerySchema, dashboardSchema } from './dashboard.schemas.js';

export const reportDashboard = defineContract({
  method: 'get',
  path: '/api/reports/dashboard',
  summary:
    "The dashboard's breakdown of one organisation's subtree, today or as of a past day: units, systems and dossiers " +
    "by status for each direct child (for drilling down), the organisation's own, approvals per month, and the " +
    'organisations above it the caller may open; the headline numbers and lists come from /api/reports/compliance',
  tag: 'Reports',
  auth: true,
  query: dashboardQuerySchema,
  response: dashboardSchema,
});
