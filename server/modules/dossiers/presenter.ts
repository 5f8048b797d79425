import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import {
  dossierContentSchema,
  type Assessment,
  type Dossier,
  type DossierContent,
} from '#shared/dossiers/dossiers.schemas.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { Level } from '#shared/systems/systems.schemas.js';
import type { Actor } from '../../policies/actor.js';
import { dossierAbilities } from '../../policies/dossier.policy.js';
import type { DossierRecord } from './queries.js';

/** Statuses whose step runs on a clock: only these can be overdue. */
const clockedStatuses: readonly DossierStatus[] = ['submitted', 'appraised', 'opinionRequested'];

export const isOverdue = (status: DossierStatus, stepDueOn: string | null, today: string) =>
  clockedStatuses.includes(status) && stepDueOn !== null && today > stepDueOn;

export type DossierSummary = Omit<Dossier, 'content' | 'review'>;

export function presentDossierSummary(
  { dossier, operator, systems, facts }: DossierRecord,
  actor: Actor,
  today: string,
): DossierSummary {
  const status = dossier.status as DossierStatus;
  return {
    id: dossier.id,
    title: dossier.title,
    regime: dossier.regime as RegimeId,
    operator: { id: operator.id, name: operator.name, shortName: operator.shortName },
    status,
    proposedLevel: (dossier.proposedLevel as Level | null) ?? null,
    systems: systems.map((system) => ({
      systemId: system.systemId,
      name: system.name,
      proposedLevel: (system.proposedLevel as Level | null) ?? null,
      assessment: (system.assessment as Assessment | null) ?? null,
    })),
    stepStartedOn: dossier.stepStartedOn,
    stepDueOn: dossier.stepDueOn,
    overdue: isOverdue(status, dossier.stepDueOn, today),
    approvalDecision:
      dossier.approvalDecisionNumber && dossier.approvalDecisionDate
        ? { number: dossier.approvalDecisionNumber, date: dossier.approvalDecisionDate }
        : null,
    version: dossier.version,
    createdAt: dossier.createdAt.toISOString(),
    updatedAt: dossier.updatedAt.toISOString(),
    abilities: dossierAbilities(actor, facts),
  };
}

export function presentDossier(record: DossierRecord, actor: Actor, today: string): Dossier {
  return {
    ...presentDossierSummary(record, actor, today),
    // Stored content went through the same schema; parsing again fills parts added since.
    content: dossierContentSchema.parse(record.dossier.content ?? {}) as DossierContent,
    review: (record.dossier.review ?? {}) as Record<string, unknown>,
  };
}
