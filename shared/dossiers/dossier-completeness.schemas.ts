import { z } from 'zod';
import { localisedTextSchema } from '../regimes/regime.schemas.js';

/** The dossier page's tabs on which a required part can be missing. */
export const completenessTabs = ['overview', 'level', 'plan', 'attachments'] as const;
export type CompletenessTab = (typeof completenessTabs)[number];

export const missingItemSchema = z.object({
  key: z
    .string()
    .describe(
      'Stable key of the part: content.<path> (content.securityPlan.parts.operation), ' +
        'content.securityPlan.requirements.<group>, systems[i].answers, levelAnswersConfirmedAt or attachments',
    ),
  tab: z.enum(completenessTabs),
  label: localisedTextSchema,
});
export type MissingItem = z.infer<typeof missingItemSchema>;

/** What the dossier still lacks before it can be submitted (docs/domain.md#dossier-contents). */
export const dossierCompletenessSchema = z.object({
  complete: z.boolean(),
  missing: z.array(missingItemSchema),
});
export type DossierCompleteness = z.infer<typeof dossierCompletenessSchema>;
