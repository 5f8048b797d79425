import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { vietnamHolidays } from '#shared/calendar/vietnam-holidays.js';
import { addCalendarDays, dueDate, type WorkingCalendar } from '#shared/calendar/working-days.js';
import type { DossierReview } from '#shared/dossiers/dossier-review.schemas.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { dossierContentSchema, type DossierContent } from '#shared/dossiers/dossiers.schemas.js';
import { levelAnswersSchema, type LevelAnswersInput } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import { nd85 } from '#shared/regimes/nd85.js';
import type { Tx } from '#server/db/open-db.js';
import {
  dossiers,
  dossierSnapshots,
  dossierSystems,
  informationSystems,
  organisations,
} from '#server/db/schema/index.js';
import { appendAuditEvent } from '#server/modules/audit/append-audit-event.js';
import { canonicalJson } from '#server/modules/audit/canonical-json.js';
import { refreshDossierSearch } from '#server/modules/dossiers/search-source.js';
import { issueDocumentNumber } from '#server/modules/documents/issue-number.js';

type SystemRow = typeof informationSystems.$inferInsert;
type OrgRow = typeof organisations.$inferInsert;

const calendar: WorkingCalendar = {
  holidays: new Set(
    Object.values(vietnamHolidays)
      .flat()
      .filter((h) => h.kind === 'holiday')
      .map((h) => h.date),
  ),
  workingWeekendDays: new Set(
    Object.values(vietnamHolidays)
      .flat()
      .filter((h) => h.kind === 'workingWeekend')
      .map((h) => h.date),
  ),
};

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

function contentFor(system: SystemRow, operator: OrgRow): DossierContent {
  const citizenVisits = system.externalUserCount
    ? `, khoảng ${system.externalUserCount.toLocaleString('vi-VN')} lượt truy cập của người dân mỗi tháng`
    : '';
  return dossierContentSchema.parse({
    overview: {
      scope: `Phục vụ hoạt động chỉ đạo, điều hành và nghiệp vụ của ${operator.name}.`,
      scale: `${system.internalUserCount} người sử dụng nội bộ${citizenVisits}.`,
      users: 'Cán bộ, công chức của đơn vị; quản trị bởi cán bộ phụ trách công nghệ thông tin.',
      logicalArchitecture:
        'Vùng mạng nội bộ (LAN) của đơn vị kết nối mạng truyền số liệu chuyên dùng qua thiết bị tường lửa.',
      physicalArchitecture: 'Tủ mạng đặt tại phòng làm việc của văn phòng; máy trạm tại các phòng chuyên môn.',
      devicesAndApplications:
        'Thiết bị tường lửa, bộ chuyển mạch, máy trạm cài phần mềm phòng chống mã độc; ' +
        'hệ thống quản lý văn bản và điều hành.',
      networkZones: 'Vùng mạng nội bộ; vùng kết nối mạng truyền số liệu chuyên dùng.',
    },
    design: { kind: 'equivalent', description: 'Hồ sơ thiết kế tương đương đối với hệ thống đang vận hành.' },
    levelExplanation: 'Hệ thống đáp ứng tiêu chí cấp độ 2 theo Nghị định 85/2016/NĐ-CP.',
    securityPlan: {
      parts: {
        designBuild: 'Áp dụng yêu cầu an toàn cơ bản cấp độ 2 theo TCVN 11930:2017 ngay từ khâu thiết kế.',
        operation: 'Phân công cán bộ quản trị, quy trình sao lưu định kỳ hằng tuần.',
        inspection: 'Kiểm tra, đánh giá an toàn thông tin định kỳ 02 năm một lần.',
        riskManagement: 'Rà soát rủi ro hằng năm cùng đợt báo cáo.',
        monitoring: 'Giám sát qua nhật ký thiết bị tường lửa và phần mềm phòng chống mã độc tập trung.',
        incidentResponse: 'Phối hợp Đội ứng cứu sự cố của tỉnh theo kế hoạch ứng phó sự cố.',
        endOfLife: 'Xóa dữ liệu an toàn trước khi thanh lý thiết bị.',
      },
      requirements: [...nd85.requirementGroups.management, ...nd85.requirementGroups.technical].map((group) => ({
        groupKey: group.key,
        status: 'fully',
        // Submission asks for a note on every group (shared/dossiers/dossier-completeness.ts).
        note: `Đáp ứng yêu cầu cấp độ 2 theo ${nd85.standard}.`,
      })),
    },
  });
}

const answersFor = (system: SystemRow): LevelAnswersInput => ({
  systemType: system.systemType,
  informationTypes: system.informationTypes,
  personalInfoUsers: system.externalUserCount ?? 0,
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

/**
 * The demo's dossiers as they stood in mid-2023: every commune-level unit's and the district's
 * approved by the Sở TT&TT (with their submission, appraisal and approval events and snapshots),
 * and the three public service units' submitted and waiting.
 */
export async function seedDemoDossiers(
  tx: Tx,
  systems: SystemRow[],
  orgsById: Map<string, OrgRow>,
  people: (operatorId: string) => DemoPeople,
) {
  for (const system of systems) {
    const operator = orgsById.get(system.operatorOrganisationId)!;
    const answers = levelAnswersSchema.parse(answersFor(system));
    const determination = determineLevel(nd85.rules, answers);
    const assessment = { answers, ...determination };
    const approved = system.approvedLevel != null;
    const { preparedBy, appraiser, approver, issuer } = people(operator.id!);
    const id = crypto.randomUUID();
    const content = contentFor(system, operator);
    const title = `Hồ sơ đề xuất cấp độ ${determination.level} - ${system.name}`;
    const approvedOn = system.approvalDecisionDate ?? null;
    const submittedOn = approvedOn
      ? addCalendarDays(approvedOn, -35)
      : `2023-06-${String(5 + 7 * (systems.indexOf(system) % 3)).padStart(2, '0')}`;
    const appraisedOn = approvedOn ? addCalendarDays(approvedOn, -12) : null;
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
    // The unit's submission letter (Tờ trình), numbered in its own register.
    const submission = {
      documentNumber: `${String(5 + (systems.indexOf(system) % 20)).padStart(2, '0')}/TTr-${operator.shortName}`,
      documentDate: submittedOn,
    };
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
      levelAnswersConfirmedAt: at(addCalendarDays(submittedOn, -7), 9),
      createdAt: at(addCalendarDays(submittedOn, -7), 9),
      updatedAt: at(approvedOn ?? submittedOn, 10),
    });
    await tx
      .insert(dossierSystems)
      .values({ dossierId: id, systemId: system.id!, proposedLevel: determination.level, assessment });
    await refreshDossierSearch(tx, { dossierId: id });
    if (approved && appraisedOn) {
      // The Sở's appraisal opinion, a letter numbered from its 2023 register like any issued since.
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
      at: at(addCalendarDays(submittedOn, -7), 9),
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
