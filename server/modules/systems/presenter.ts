import { nextInspectionDue } from '#shared/regimes/inspections.js';
import type { InformationSystem } from '#shared/systems/systems.schemas.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import type { Regimes } from '../regimes/load-regimes.js';
import type { SystemRecord } from './queries.js';

interface SystemPresentContext {
  regimes: Regimes;
  today: string;
}

export function presentSystem(
  { system, operator, owner }: SystemRecord,
  actor: Actor,
  context: SystemPresentContext,
): InformationSystem {
  const level = system.approvedLevel ?? null;
  const regime = system.approvalRegime ?? null;
  const inspectionMonths =
    level && regime ? context.regimes[regime].inspectionMonths[level as 1 | 2 | 3 | 4 | 5] : null;
  return {
    id: system.id,
    name: system.name,
    code: system.code,
    owner: { id: owner.id, name: owner.name, shortName: owner.shortName },
    operator: { id: operator.id, name: operator.name, shortName: operator.shortName },
    systemType: system.systemType,
    informationTypes: system.informationTypes,
    internalUserCount: system.internalUserCount,
    externalUserCount: system.externalUserCount,
    basicDataSubjects: system.basicDataSubjects,
    sensitiveDataSubjects: system.sensitiveDataSubjects,
    description: system.description,
    address: system.address,
    status: system.status,
    approvedLevel: level,
    approvalDecision:
      system.approvalDecisionNumber && system.approvalDecisionDate
        ? {
            number: system.approvalDecisionNumber,
            date: system.approvalDecisionDate,
            issuer: system.approvalDecisionIssuer ?? '',
          }
        : null,
    approvalRegime: regime,
    nextInspectionDue:
      inspectionMonths && system.approvalDecisionDate && system.status !== 'decommissioned'
        ? nextInspectionDue(inspectionMonths, system.approvalDecisionDate, context.today)
        : null,
    redeterminationReasons: system.redeterminationReasons,
    version: system.version,
    createdAt: system.createdAt.toISOString(),
    updatedAt: system.updatedAt.toISOString(),
    abilities: { update: can(actor, 'system.update', operator.path) },
  };
}
