import type { InformationSystem, InformationType, Level, SystemStatus, SystemType } from '../../../shared/systems/systems.schemas.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import type { SystemRecord } from './queries.js';

export function presentSystem({ system, operator, owner }: SystemRecord, actor: Actor): InformationSystem {
  return {
    id: system.id,
    name: system.name,
    owner: { id: owner.id, name: owner.name, shortName: owner.shortName },
    operator: { id: operator.id, name: operator.name, shortName: operator.shortName },
    systemType: system.systemType as SystemType,
    informationTypes: system.informationTypes as InformationType[],
    internalUserCount: system.internalUserCount,
    externalUserCount: system.externalUserCount,
    basicDataSubjects: system.basicDataSubjects,
    sensitiveDataSubjects: system.sensitiveDataSubjects,
    description: system.description,
    address: system.address,
    status: system.status as SystemStatus,
    approvedLevel: (system.approvedLevel as Level | null) ?? null,
    approvalDecision:
      system.approvalDecisionNumber && system.approvalDecisionDate
        ? { number: system.approvalDecisionNumber, date: system.approvalDecisionDate, issuer: system.approvalDecisionIssuer ?? '' }
        : null,
    version: system.version,
    createdAt: system.createdAt.toISOString(),
    updatedAt: system.updatedAt.toISOString(),
    abilities: { update: can(actor, 'system.update', operator.path) },
  };
}
