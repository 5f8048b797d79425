import { dueDate, type WorkingCalendar } from '#shared/calendar/working-days.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { nextInspectionDue } from '#shared/regimes/inspections.js';
import type { AnnualRow, AnnualStatus } from '#shared/reports/reports.schemas.js';
import type { RedeterminationReason } from '#shared/systems/redetermination.js';
import type { Regimes } from '../regimes/load-regimes.js';

/** One row of the annual statement (see sql/annual-rows-sql.ts). */
export interface RawAnnualRow {
  systemId: string;
  system: string;
  owner: string;
  operatorId: string;
  operator: string;
  systemStatus: string;
  approvedLevel: number | null;
  regime: RegimeId | null;
  approvedOn: string | null;
  decisionNumber: string | null;
  reasons: string[];
  proposedLevel: number | null;
  dossierStatus: DossierStatus | null;
  dossierRegime: RegimeId | null;
  stepStartedOn: string | null;
  planStatus: 'not' | 'partly' | 'fully' | null;
}

/**
 * Form 08 counts exactly four statuses: a dossier being prepared or revised (drafting, waiting for a
 * professional opinion, returned) is "drafting"; no current dossier is "approved" when the system
 * has an approved level, else "notStarted" (shown apart from the four).
 */
const statusOf = (row: RawAnnualRow): AnnualStatus => {
  switch (row.dossierStatus) {
    case 'submitted':
      return 'submitted';
    case 'appraised':
      return 'appraised';
    case 'approved':
      return 'approved';
    case 'drafting':
    case 'opinionRequested':
    case 'returned':
      return 'drafting';
    default:
      return row.approvedLevel !== null ? 'approved' : 'notStarted';
  }
};

const clamp = (level: number | null) => Math.min(5, Math.max(1, level ?? 1)) as 1 | 2 | 3 | 4 | 5;

/** One row of the listing (numbered by the caller once sorted). */
export function toAnnualRow(
  row: RawAnnualRow,
  context: { asOf: string; regimes: Regimes; calendar: WorkingCalendar },
): AnnualRow {
  const status = statusOf(row);
  const { calendar } = context;
  // The latest day the law allows for the approval, from the step the dossier is at.
  let expectedApprovalDate: string | null = null;
  const dossierRegime = row.dossierRegime ? context.regimes[row.dossierRegime] : undefined;
  if (dossierRegime && row.stepStartedOn) {
    const { completeness, appraisal, approval } = dossierRegime.clocks;
    if (status === 'appraised') expectedApprovalDate = dueDate(calendar, row.stepStartedOn, approval);
    if (status === 'submitted') {
      const appraised = dueDate(
        calendar,
        dueDate(calendar, row.stepStartedOn, completeness),
        appraisal[clamp(row.proposedLevel)],
      );
      expectedApprovalDate = dueDate(calendar, appraised, approval);
    }
  }
  const months =
    row.approvedLevel && row.regime
      ? context.regimes[row.regime]?.inspectionMonths[clamp(row.approvedLevel)]
      : undefined;
  return {
    no: 0,
    systemId: row.systemId,
    system: row.system,
    owner: row.owner,
    operator: row.operator,
    proposedLevel: row.proposedLevel ?? row.approvedLevel ?? null,
    approvedLevel: row.approvedLevel ?? null,
    approvalStatus: status,
    approvalDecision:
      row.approvedLevel !== null && row.decisionNumber ? { number: row.decisionNumber, date: row.approvedOn } : null,
    regulationDecision: null,
    expectedApprovalDate,
    planStatus: row.planStatus,
    expectedFullImplementationDate: null,
    assessment: row.systemStatus === 'planned' ? 'beforeUse' : 'periodic',
    nextAssessmentDue: months && row.approvedOn ? nextInspectionDue(months, row.approvedOn, context.asOf) : null,
    redeterminationReasons: row.reasons as RedeterminationReason[],
  };
}
