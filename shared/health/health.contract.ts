import { z } from 'zod';
import { defineContract } from '../common/contract.js';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
});
export type Health = z.infer<typeof healthSchema>;

export const health = defineContract({
  method: 'get',
  path: '/api/health',
  summary:
    'Liveness and which database is in use; 503 with the error code database_unavailable while the database ' +
    'cannot be reached',
  tag: 'Health',
  auth: false,
  response: healthSchema,
});
