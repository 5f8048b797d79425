import { z } from 'zod';
import { defineContract } from '../common/contract.js';
import { regimeIdSchema } from '../regimes/regime.schemas.js';
import { matchedRuleSchema } from '../dossiers/dossiers.schemas.js';
import { levelAnswersSchema } from './level-answers.schemas.js';

const levelAssessmentBodySchema = z.object({ regime: regimeIdSchema, answers: levelAnswersSchema });
const levelAssessmentSchema = z.object({
  regime: regimeIdSchema,
  level: z.number().int().min(1).max(5).nullable(),
  matchedRules: z.array(matchedRuleSchema),
});

export const assessLevel = defineContract({
  method: 'post',
  path: '/api/level-assessments',
  summary:
    'Determine the level under a regime: the highest matching rule wins; every match is listed with its citation',
  tag: 'Level determination',
  auth: true,
  body: levelAssessmentBodySchema,
  response: levelAssessmentSchema,
});
