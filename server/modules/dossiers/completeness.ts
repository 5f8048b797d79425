import { count, eq } from 'drizzle-orm';
import { dossierCompleteness } from '#shared/dossiers/dossier-completeness.js';
import type { DossierCompleteness } from '#shared/dossiers/dossier-completeness.schemas.js';
import { dossierContentSchema } from '#shared/dossiers/dossiers.schemas.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import type { Db } from '../../db/open-db.js';
import { dossierAttachments } from '../../db/schema/index.js';
import type { DossierRecord } from './queries.js';

/** How many files are attached to the dossier: one count on the dossier's index. */
export async function countAttachments(db: Db, dossierId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(dossierAttachments)
    .where(eq(dossierAttachments.dossierId, dossierId));
  return row?.n ?? 0;
}

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
