import { dossierCompleteness } from '#shared/dossiers/dossier-completeness.js';
import type { DossierCompleteness } from '#shared/dossiers/dossier-completeness.schemas.js';
import { dossierContentSchema } from '#shared/dossiers/dossiers.schemas.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import type { DossierRecord } from './queries.js';

/** What the stored dossier still lacks before submission, under its regime as in force. */
export function completenessOf(record: DossierRecord, regime: Regime, attachmentCount: number): DossierCompleteness {
  return dossierCompleteness({
    regime,
    // Stored content went through the same schema; parsing again fills parts added since.
    content: dossierContentSchema.parse(record.dossier.content ?? {}),
    systems: record.systems,
    proposedLevel: record.dossier.proposedLevel,
    levelAnswersConfirmedAt: record.dossier.levelAnswersConfirmedAt,
    attachmentCount,
  });
}
