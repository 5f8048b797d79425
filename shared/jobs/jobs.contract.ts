import { defineContract } from '../common/contract.js';
import { jobDashboardSchema } from './jobs.schemas.js';

export const getJobDashboard = defineContract({
  method: 'get',
  path: '/api/jobs',
  summary:
    'Background queues, their counts and the failed jobs with their reason; e-mail status (top-level administrators)',
  tag: 'Jobs',
  auth: true,
  response: jobDashboardSchema,
});
