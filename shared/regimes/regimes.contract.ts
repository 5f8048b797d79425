import { z } from 'zod';
import { defineContract } from '../common/contract.js';
import { regimePreviewSchema } from './regime-preview.schemas.js';
import { regimeIdSchema, regimeSchema } from './regime.schemas.js';

const tag = 'Regimes';
const regimeParamsSchema = z.object({ id: regimeIdSchema });

export const listRegimes = defineContract({
  method: 'get',
  path: '/api/regimes',
  summary: 'The legal regimes in force (nd85, nd331): rules with citations, routing, clocks, forms, requirement groups',
  tag,
  auth: true,
  response: z.object({ items: z.array(regimeSchema) }),
});

export const updateRegime = defineContract({
  method: 'put',
  path: '/api/regimes/:id',
  summary: "Correct a regime's data without a code change (administrators of a top-level organisation)",
  tag,
  auth: true,
  params: regimeParamsSchema,
  body: regimeSchema,
  response: regimeSchema,
});

export const previewRegime = defineContract({
  method: 'post',
  path: '/api/regimes/:id/preview',
  summary:
    "Which systems in scope would change level if this edited regime replaced the one in force: each system's " +
    'latest answers under the regime, evaluated under both (administrators of a top-level organisation; saves nothing)',
  tag,
  auth: true,
  params: regimeParamsSchema,
  body: regimeSchema,
  response: regimePreviewSchema,
});
