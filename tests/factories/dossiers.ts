import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { dossierContentSchema, securityPlanParts, type DossierContent } from '#shared/dossiers/dossiers.schemas.js';
import type { LevelAnswersInput } from '#shared/level-assessments/level-answers.schemas.js';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { dossierAttachments, dossiers, dossierSystems } from '#server/db/schema/index.js';
import { refreshDossierPreparers } from '#server/modules/dossiers/preparer-rows.js';
import { refreshDossierSearch } from '#server/modules/dossiers/search-source.js';

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

/**
 * Content filling every part either regime requires at any level (shared/regimes/dossier-requirements.ts): each
 * text, the levels 4-5 analysis, and a note for every requirement group (nd331's groups include nd85's).
 */
export function completeContent(overrides: Partial<DossierContent> = {}): DossierContent {
  const groups = [
    ...defaultRegimes.nd331.requirementGroups.management,
    ...defaultRegimes.nd331.requirementGroups.technical,
  ];
  return dossierContentSchema.parse({
    overview: {
      scope: 'Phục vụ cán bộ, công chức xã',
      scale: 'Khoảng 30 người dùng',
      users: 'Cán bộ, công chức xã',
      logicalArchitecture: 'Ứng dụng web, cơ sở dữ liệu',
      physicalArchitecture: 'Một máy chủ tại trụ sở xã',
      devicesAndApplications: 'Máy chủ, tường lửa, phần mềm một cửa',
      networkZones: 'Vùng LAN, vùng máy chủ',
    },
    design: { kind: 'equivalent', description: 'Tài liệu mô tả hệ thống đang vận hành' },
    levelExplanation: 'Hệ thống phục vụ nội bộ, có thông tin cá nhân.',
    riskIdentification: 'Lộ lọt thông tin cá nhân, gián đoạn dịch vụ.',
    securityPlan: {
      parts: Object.fromEntries(securityPlanParts.map((part) => [part, `Phương án ${part}`])),
      requirements: groups.map((group) => ({ groupKey: group.key, status: 'partly', note: 'Đang triển khai' })),
    },
    highLevelAnalysis: {
      connectedSystems: 'Trục liên thông tỉnh',
      threats: 'Tấn công từ chối dịch vụ',
      impact: 'Gián đoạn',
    },
    ...overrides,
  });
}

/** What a POST /api/dossiers body adds for its dossier to be submittable (with an attachment: makeAttachment). */
export const submittableBody = () => ({ content: completeContent(), confirmLevelAnswers: true });

/** `count` requests for revision by `by`, a day apart from 1 November 2026, as `review.returns` stores them. */
export const returnRecords = (count: number, by: string, byName = 'Lê Thị Thẩm Định') =>
  Array.from({ length: count }, (_, round) => ({
    kind: 'return' as const,
    by,
    byName,
    at: new Date(Date.UTC(2026, 10, round + 1)).toISOString(),
    comment: `Bổ sung lần ${round + 1}`,
  }));

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
  /** Default: completeContent(). Pass dossierContentSchema.parse({}) for an empty one. */
  content?: DossierContent;
  /** Default: confirmed when created. */
  levelAnswersConfirmedAt?: Date | null;
}

/**
 * Inserts a dossier in any status straight into the database, the way the server stores one
 * (systems with assessments, proposed level = the highest): for tests that start mid-workflow.
 * Its content is complete and its answers confirmed; only the attachment submission also needs is
 * left out (tests count attachments): makeSubmittableDossier adds it.
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
      content: input.content ?? completeContent(),
      levelAnswersConfirmedAt:
        input.levelAnswersConfirmedAt === undefined ? (input.createdAt ?? new Date()) : input.levelAnswersConfirmedAt,
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
  // Its systems' events since its creation (createdAt may be in the past) make their actors preparers, as the API's.
  await refreshDossierPreparers(db, { dossierIds: [row!.id] });
  await refreshDossierSearch(db, { dossierId: row!.id });
  // As stored now: the search columns were filled after the insert.
  const [stored] = await db.select().from(dossiers).where(eq(dossiers.id, row!.id));
  return stored!;
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

/** A dossier with all submission asks for (docs/domain.md#dossier-contents): complete, confirmed, a design document. */
export async function makeSubmittableDossier(db: Db, input: DossierInput): Promise<DossierRow> {
  const row = await makeDossier(db, input);
  await makeAttachment(db, row.id, tinyPdf(), 'ho-so-thiet-ke.pdf');
  return row;
}
