import { z } from 'zod';
import { idSchema } from '../common/text.js';
import { matchedRuleSchema } from '../dossiers/dossiers.schemas.js';
import { organisationRefSchema } from '../organisations/organisations.schemas.js';
import { levelSchema } from '../systems/systems.schemas.js';
import { regimeIdSchema } from './regime.schemas.js';

/** One system whose stored answers would take another level under the edited regime. */
const regimeLevelChangeSchema = z.object({
  system: z.object({ id: idSchema, name: z.string() }),
  operator: organisationRefSchema,
  /** The level its answers take under the regime in force (null: no rule matches). */
  currentLevel: levelSchema.nullable(),
  /** The level the same answers would take under the edited regime. */
  previewLevel: levelSchema.nullable(),
  /** The edited regime's rules that match those answers, highest level first. */
  matchedRules: z.array(matchedRuleSchema),
});
export type RegimeLevelChange = z.infer<typeof regimeLevelChangeSchema>;

export const regimePreviewSchema = z.object({
  regime: regimeIdSchema,
  /** Systems in the caller's scope with a level determination under this regime, all of them compared. */
  examined: z.number().int().min(0),
  changes: z.array(regimeLevelChangeSchema),
});
export type RegimePreview = z.infer<typeof regimePreviewSchema>;
