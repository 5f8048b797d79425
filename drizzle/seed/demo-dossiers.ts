import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { dueDate, type WorkingCalendar } from '#shared/calendar/working-days.js';
import type { DossierReview } from '#shared/dossiers/dossier-review.schemas.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { dossierContentSchema, type DossierContent } from '#shared/dossiers/dossiers.schemas.js';
import { levelAnswersSchema, type LevelAnswersInput } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { nd85 } from '#shared/regimes/nd85.js';
import type { Tx } from '#server/db/open-db.js';
import { dossiers, dossierSnapshots, dossierSystems } from '#server/db/schema/index.js';
import { appendAuditEvent } from '#server/modules/audit/append-audit-event.js';
import { canonicalJson } from '#server/modules/audit/canonical-json.js';
import { refreshDossierSearch } from '#server/modules/dossiers/search-source.js';
import { issueDocumentNumber } from '#server/modules/documents/issue-number.js';
import { dossierDays, registerNumbers, registerSymbol, type DossierDays } from './demo-schedule.js';
import {
  communeTexts,
  portalTexts,
  serviceUnitTexts,
  type DemoTexts,
  type OrgRow,
  type RequirementNotes,
  type SystemRow,
} from './demo-texts.js';

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

type Determination = ReturnType<typeof determineLevel>;

/** "Khoản 1 Điều 8 ..." inside a sentence: only "Điều" keeps its capital. */
const inSentence = (citation: string) => citation.replace(/^(Khoản|Điểm)\b/u, (word) => word.toLowerCase());

/** The dossier's content in its unit's words (demo-texts.ts), citing the rule that decided its level. */
function contentFor(system: SystemRow, operator: OrgRow, determination: Determination): DossierContent {
  const texts: DemoTexts =
    system.systemType === 'onlineService'
      ? portalTexts(system)
      : operator.kind === 'publicServiceUnit'
        ? serviceUnitTexts(system, operator)
        : communeTexts(system, operator);
  const deciding = determination.matchedRules.find((rule) => rule.level === determination.level)!;
  return dossierContentSchema.parse({
    overview: texts.overview,
    design: { kind: 'equivalent', description: texts.design },
    levelExplanation:
      `${texts.levelReason}; vì vậy hệ thống đáp ứng tiêu chí cấp độ ${determination.level} quy định tại ` +
      `${inSentence(deciding.citation.vi)}.`,
    securityPlan: {
      parts: texts.plan,
      requirements: [...nd85.requirementGroups.management, ...nd85.requirementGroups.technical].map((group) => ({
        groupKey: group.key,
        status: 'fully',
        // Submission asks for a note on every group (shared/dossiers/dossier-completeness.ts).
        note: texts.notes[group.key as keyof RequirementNotes],
      })),
    },
  });
}

const answersFor = (system: SystemRow): LevelAnswersInput => ({
  systemType: system.systemType,
  informationTypes: system.informationTypes,
  personalInfoUsers: system.informationTypes?.includes('personal') ? (system.externalUserCount ?? 0) : 0,
});

interface Person {
  id: string;
  name: string;
}

interface DemoPeople {
  preparedBy: string | null;
  appraiser: Person;
  approver: Person;
  /** The designated unit that appraised and approved (levels 1-2 under nd85). */
  issuer: Person;
}

/** Submission letters (Tờ trình) a working day: a district sends many, a commune a few, a centre fewer. */
const submissionPace = (operator: OrgRow, index: number) =>
  operator.kind === 'district' ? 1.1 : operator.kind === 'publicServiceUnit' ? 0.1 : 0.18 + (index % 7) * 0.03;

/** The units waiting in mid-2023 submitted on these Mondays, one after another. */
const WAITING_SINCE = ['2023-06-05', '2023-06-12', '2023-06-19'];

interface PlannedDossier {
  system: SystemRow;
  operator: OrgRow;
  days: DossierDays;
  /** The unit's submission letter. */
  submission: { documentNumber: string; documentDate: string };
}

/**
 * Each system's dossier days (demo-schedule.ts) and its unit's submission letter, numbered in the unit's
 * own register (the demo holds one letter of each); oldest first, so the register the seed numbers from
 * (the Sở's letters, its appraisal opinions) follows their dates.
 */
function planDossiers(
  systems: SystemRow[],
  orgsById: Map<string, OrgRow>,
  calendar: WorkingCalendar,
): PlannedDossier[] {
  let waiting = 0;
  return systems
    .map((system, index) => {
      const operator = orgsById.get(system.operatorOrganisationId)!;
      const approvedOn = system.approvalDecisionDate ?? null;
      const days = dossierDays(calendar, approvedOn, approvedOn ? undefined : WAITING_SINCE[waiting++]);
      const letter = [{ key: system, date: days.submittedOn }];
      const number = registerNumbers(calendar, letter, submissionPace(operator, index)).get(system)!;
      const documentNumber = registerSymbol(number, 'TTr', operator.shortName);
      return { system, operator, days, submission: { documentNumber, documentDate: days.submittedOn } };
    })
    .sort((a, b) => (a.days.approvedOn ?? a.days.submittedOn).localeCompare(b.days.approvedOn ?? b.days.submittedOn));
}

/**
 * The demo's dossiers as they stood in mid-2023: every commune-level unit's and the district's
 * approved by the Sở TT&TT (with their submission, appraisal and approval events and snapshots),
 * and the three public service units' submitted and waiting. Every date a working day of `calendar`.
 */
export async function seedDemoDossiers(
  tx: Tx,
  systems: SystemRow[],
  orgsById: Map<string, OrgRow>,
  people: (operatorId: string) => DemoPeople,
  calendar: WorkingCalendar,
) {
  for (const { system, operator, days, submission } of planDossiers(systems, orgsById, calendar)) {
    const answers = levelAnswersSchema.parse(answersFor(system));
    const determination = determineLevel(nd85.rules, answers);
    const assessment = { answers, ...determination };
    const approved = system.approvedLevel != null;
    const { preparedBy, appraiser, approver, issuer } = people(operator.id!);
    const id = crypto.randomUUID();
    const content = contentFor(system, operator, determination);
    const title = `Hồ sơ đề xuất cấp độ ${determination.level} - ${system.name}`;
    const { createdOn, submittedOn, appraisedOn, approvedOn } = days;
    // The submitted step's clock: the completeness check, then the appraisal (nd85: 15 days at level 2).
    const review: Pick<DossierReview, 'appraisal' | 'decision'> = approvedOn
      ? {
          appraisal: {
            by: appraiser.id,
            byName: appraiser.name,
            at: at(appraisedOn!, 15).toISOString(),
            conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
            comment: 'Hồ sơ phù hợp.',
          },
          decision: {
            by: approver.id,
            byName: approver.name,
            at: at(approvedOn, 16).toISOString(),
            documentNumber: system.approvalDecisionNumber!,
            documentDate: approvedOn,
            issuer,
            comment: '',
          },
        }
      : {};
    const dueOn = dueDate(calendar, dueDate(calendar, submittedOn, nd85.clocks.completeness), nd85.clocks.appraisal[2]);

    await tx.insert(dossiers).values({
      id,
      title,
      regime: 'nd85',
      operatorOrganisationId: operator.id!,
      status: approved ? 'approved' : 'submitted',
      proposedLevel: determination.level,
      content,
      preparedBy,
      submittedBy: preparedBy,
      appraisedBy: approved ? appraiser.id : null,
      approvedBy: approved ? approver.id : null,
      stepStartedOn: approved ? null : submittedOn,
      stepDueOn: approved ? null : dueOn,
      review: approved ? { ...review, submission } : { submission },
      approvalDecisionNumber: system.approvalDecisionNumber ?? null,
      approvalDecisionDate: approvedOn,
      version: approved ? 4 : 2,
      // The answers were confirmed when the dossier was made (as migration 0015 assumes of earlier dossiers).
      levelAnswersConfirmedAt: at(createdOn, 9),
      createdAt: at(createdOn, 9),
      updatedAt: at(approvedOn ?? submittedOn, 10),
    });
    await tx
      .insert(dossierSystems)
      .values({ dossierId: id, systemId: system.id!, proposedLevel: determination.level, assessment });
    await refreshDossierSearch(tx, { dossierId: id });
    if (approved && appraisedOn) {
      // The Sở's appraisal opinion, a letter numbered from its register of that year like any issued since.
      const opinion = await issueDocumentNumber(tx, {
        organisationId: issuer.id,
        issuerCode: orgsById.get(issuer.id)?.shortName ?? 'STTTT',
        typeCode: '',
        issuedOn: appraisedOn,
        dossierId: id,
        form: 'appraisal-opinion',
        issuedBy: appraiser.id,
      });
      const appraisal = {
        ...review.appraisal!,
        document: { documentNumber: opinion.symbol, documentDate: appraisedOn },
      };
      await tx
        .update(dossiers)
        .set({ review: { ...review, submission, appraisal } })
        .where(eq(dossiers.id, id));
    }

    // The same shape the workflow freezes (server/modules/dossiers/freeze-snapshot.ts).
    const submittedSnapshot = JSON.parse(
      JSON.stringify({
        title,
        regime: 'nd85',
        operator: { id: operator.id, name: operator.name },
        proposedLevel: determination.level,
        systems: [{ systemId: system.id, name: system.name, proposedLevel: determination.level, assessment }],
        content,
        attachments: [],
      }),
    ) as Record<string, unknown>;
    const approvedSnapshot = { ...submittedSnapshot, decision: review.decision ?? null };
    const sha256 = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
    // The history as it was made before the product: each step records the status it set.
    const event = (
      action: 'submit' | 'appraise' | 'approve',
      date: string,
      hour: number,
      actorUserId: string | null,
      before: DossierStatus,
      after: DossierStatus,
      comment = '',
    ) =>
      appendAuditEvent(tx, {
        actorUserId,
        entityType: 'dossier',
        entityId: id,
        action,
        organisationId: operator.id!,
        before: { status: before },
        after: { status: after },
        comment,
        at: at(date, hour),
      });

    await appendAuditEvent(tx, {
      actorUserId: preparedBy,
      entityType: 'dossier',
      entityId: id,
      action: 'create',
      organisationId: operator.id!,
      after: { status: 'drafting' },
      at: at(createdOn, 9),
    });
    await event('submit', submittedOn, 10, preparedBy, 'drafting', 'submitted');
    await tx.insert(dossierSnapshots).values({
      dossierId: id,
      kind: 'submission',
      content: submittedSnapshot,
      sha256: sha256(submittedSnapshot),
      createdBy: preparedBy,
      createdAt: at(submittedOn, 10),
    });
    if (approved && appraisedOn && approvedOn) {
      await event(
        'appraise',
        appraisedOn,
        15,
        appraiser.id,
        'submitted',
        'appraised',
        'Hồ sơ phù hợp: cấp độ đề xuất, phương án thiết kế và phương án vận hành.',
      );
      await event(
        'approve',
        approvedOn,
        16,
        approver.id,
        'appraised',
        'approved',
        `Quyết định số ${system.approvalDecisionNumber}`,
      );
      await tx.insert(dossierSnapshots).values({
        dossierId: id,
        kind: 'approval',
        content: approvedSnapshot,
        sha256: sha256(approvedSnapshot),
        createdBy: approver.id,
        createdAt: at(approvedOn, 16),
      });
    }
  }
}
