import { z } from 'zod';
import { defineContract } from '../common/contract.js';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  demo: z.boolean().describe('The server runs with the demo data (SEED_DEMO): the login page points at its accounts'),
});
export type Health = z.infer<typeof healthSchema>;

export const health = defineContract({
  method: 'get',
  path: '/api/health',
  summary:
    'Liveness, which database is in use and whether the demo data is on; 503 with the error code ' +
    'database_unavailable while the database cannot be reached',
  tag: 'Health',
  auth: false,
  response: healthSchema,
});
