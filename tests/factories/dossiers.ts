import { createHash } from 'node:crypto';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { dossierContentSchema } from '#shared/dossiers/dossiers.schemas.js';
import type { LevelAnswersInput } from '#shared/level-assessments/level-answers.schemas.js';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { dossierAttachments, dossiers, dossierSystems } from '#server/db/schema/index.js';

let sequence = 0;

export type DossierRow = typeof dossiers.$inferSelect;

/** Answers that give each level under both regimes (internal system; rules R1/R2/R7/R13/R17 and N1/N3/N8/N15/N19). */
export const answersForLevel: Record<1 | 2 | 3 | 4 | 5, LevelAnswersInput> = {
  1: { systemType: 'internal', informationTypes: ['public'] },
  2: { systemType: 'internal', informationTypes: ['private', 'personal'] },
  3: { systemType: 'internal', informationTypes: ['stateSecret'], nationalSecurityHarm: 'harm' },
  4: { systemType: 'internal', informationTypes: ['stateSecret'], nationalSecurityHarm: 'serious' },
  5: { systemType: 'internal', informationTypes: ['stateSecret'], nationalSecurityHarm: 'especiallySerious' },
};

/** The assessment the server would store for these answers. */
function assessmentFor(regime: RegimeId, answers: LevelAnswersInput) {
  const parsed = levelAnswersSchema.parse(answers);
  const { level, matchedRules } = determineLevel(defaultRegimes[regime].rules, parsed);
  return { answers: parsed, level, matchedRules };
}

interface DossierInput {
  operatorOrganisationId: string;
  /** Each system with its level (default 2); the assessment is computed from answers giving that level. */
  systems: Array<{ systemId: string; level?: 1 | 2 | 3 | 4 | 5 | null }>;
  status?: DossierStatus;
  regime?: RegimeId;
  title?: string;
  preparedBy?: string | null;
  submittedBy?: string | null;
  appraisedBy?: string | null;
  approvedBy?: string | null;
  stepStartedOn?: string | null;
  stepDueOn?: string | null;
  review?: Record<string, unknown>;
  approvalDecisionNumber?: string | null;
  approvalDecisionDate?: string | null;
  createdAt?: Date;
}

/**
 * Inserts a dossier in any status straight into the database, the way the server stores one
 * (systems with assessments, proposed level = the highest): for tests that start mid-workflow.
 */
export async function makeDossier(db: Db, input: DossierInput): Promise<DossierRow> {
  sequence += 1;
  const regime = input.regime ?? 'nd85';
  const systems = input.systems.map(({ systemId, level = 2 }) => {
    const assessment = level === null ? null : assessmentFor(regime, answersForLevel[level]);
    return { systemId, proposedLevel: assessment?.level ?? null, assessment };
  });
  const levels = systems.map((s) => s.proposedLevel).filter((l): l is number => l !== null);
  const [row] = await db
    .insert(dossiers)
    .values({
      title: input.title ?? `Hồ sơ đề xuất cấp độ thử nghiệm ${sequence}`,
      regime,
      operatorOrganisationId: input.operatorOrganisationId,
      status: input.status ?? 'drafting',
      proposedLevel: levels.length ? Math.max(...levels) : null,
      content: dossierContentSchema.parse({}),
      preparedBy: input.preparedBy ?? null,
      submittedBy: input.submittedBy ?? null,
      appraisedBy: input.appraisedBy ?? null,
      approvedBy: input.approvedBy ?? null,
      stepStartedOn: input.stepStartedOn ?? null,
      stepDueOn: input.stepDueOn ?? null,
      review: input.review ?? {},
      approvalDecisionNumber: input.approvalDecisionNumber ?? null,
      approvalDecisionDate: input.approvalDecisionDate ?? null,
      ...(input.createdAt ? { createdAt: input.createdAt, updatedAt: input.createdAt } : {}),
    })
    .returning();
  await db.insert(dossierSystems).values(systems.map((system) => ({ dossierId: row!.id, ...system })));
  return row!;
}

/** A minimal valid PDF: what the upload accepts as application/pdf. */
export const tinyPdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count ' +
      '0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );

/** Stores an attachment directly (no upload), e.g. as a target for the outsider suite. */
export async function makeAttachment(db: Db, dossierId: string, data: Buffer = tinyPdf(), fileName = 'to-trinh.pdf') {
  const [row] = await db
    .insert(dossierAttachments)
    .values({
      dossierId,
      fileName,
      mediaType: 'application/pdf',
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      data,
    })
    .returning();
  return row!;
}
