import { clockedStatuses, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { dossierContentSchema, type Assessment, type Dossier } from '#shared/dossiers/dossiers.schemas.js';
import type { Actor } from '../../policies/actor.js';
import { dossierAbilities } from '../../policies/dossier.policy.js';
import type { DossierRecord, DossierSummaryRow, FullDossierRecord } from './queries.js';

const isOverdue = (status: DossierStatus, stepDueOn: string | null, today: string) =>
  (clockedStatuses as readonly DossierStatus[]).includes(status) && stepDueOn !== null && today > stepDueOn;

type DossierSummary = Omit<Dossier, 'content' | 'review' | 'completeness'>;

export function presentDossierSummary(
  { dossier, operator, systems, facts }: DossierRecord<DossierSummaryRow>,
  actor: Actor,
  today: string,
): DossierSummary {
  const status = dossier.status;
  return {
    id: dossier.id,
    title: dossier.title,
    regime: dossier.regime,
    operator: { id: operator.id, name: operator.name, shortName: operator.shortName },
    status,
    proposedLevel: dossier.proposedLevel ?? null,
    systems: systems.map((system) => ({
      systemId: system.systemId,
      name: system.name,
      proposedLevel: system.proposedLevel ?? null,
      assessment: (system.assessment as Assessment | null) ?? null,
    })),
    stepStartedOn: dossier.stepStartedOn,
    stepDueOn: dossier.stepDueOn,
    overdue: isOverdue(status, dossier.stepDueOn, today),
    approvalDecision:
      dossier.approvalDecisionNumber && dossier.approvalDecisionDate
        ? { number: dossier.approvalDecisionNumber, date: dossier.approvalDecisionDate }
        : null,
    levelAnswersConfirmedAt: dossier.levelAnswersConfirmedAt?.toISOString() ?? null,
    version: dossier.version,
    createdAt: dossier.createdAt.toISOString(),
    updatedAt: dossier.updatedAt.toISOString(),
    abilities: dossierAbilities(actor, facts),
  };
}

export function presentDossier(record: FullDossierRecord, actor: Actor, today: string): Dossier {
  return {
    ...presentDossierSummary(record, actor, today),
    completeness: record.completeness,
    // Stored content went through the same schema; parsing again fills parts added since.
    content: dossierContentSchema.parse(record.dossier.content ?? {}),
    // Parsed with dossierReviewSchema when the record was loaded (queries.ts).
    review: record.dossier.review,
  };
}
