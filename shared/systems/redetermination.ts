import { z } from 'zod';

/**
 * Why an approved system's level must be determined again. The system keeps the reasons pending
 * (information_systems.redetermination_reasons); each update that raised some records them in its
 * audit event (audit_events.redetermination_reasons), which the reports as of a past day replay.
 */
export const redeterminationReasons = ['systemType', 'informationTypes', 'users', 'dataSubjects', 'operator'] as const;
export const redeterminationReasonSchema = z.enum(redeterminationReasons);
export type RedeterminationReason = z.infer<typeof redeterminationReasonSchema>;
export const redeterminationReasonsSchema = z.array(redeterminationReasonSchema);

interface LevelFacts {
  systemType: string;
  informationTypes: readonly string[];
  externalUserCount: number;
  basicDataSubjects: number;
  sensitiveDataSubjects: number;
  operatorOrganisationId: string;
}

const crosses = (before: number, after: number, threshold: number) => before < threshold !== after < threshold;

/**
 * Level-relevant changes between two states of a system: a change of type, of the information
 * it processes, of operator, or crossing the user (10.000) or data-subject (100.000 / 10.000)
 * thresholds the rules use.
 */
export function levelRelevantChanges(before: LevelFacts, after: LevelFacts): RedeterminationReason[] {
  const reasons: RedeterminationReason[] = [];
  if (before.systemType !== after.systemType) reasons.push('systemType');
  if ([...before.informationTypes].sort().join() !== [...after.informationTypes].sort().join())
    reasons.push('informationTypes');
  if (crosses(before.externalUserCount, after.externalUserCount, 10_000)) reasons.push('users');
  if (
    crosses(before.basicDataSubjects, after.basicDataSubjects, 100_000) ||
    crosses(before.sensitiveDataSubjects, after.sensitiveDataSubjects, 10_000)
  ) {
    reasons.push('dataSubjects');
  }
  if (before.operatorOrganisationId !== after.operatorOrganisationId) reasons.push('operator');
  return reasons;
}
