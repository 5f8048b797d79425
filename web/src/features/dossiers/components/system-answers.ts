import type { InformationSystem } from '#shared/systems/systems.schemas.js';
import type { LevelDraft } from './level-questions.js';

/** What a system's record already says, as first answers: its type, its information and its counts. */
export function answersFromSystem(system: InformationSystem): LevelDraft {
  return {
    systemType: system.systemType,
    informationTypes: system.informationTypes,
    personalInfoUsers: system.externalUserCount,
    basicDataSubjects: system.basicDataSubjects,
    sensitiveDataSubjects: system.sensitiveDataSubjects,
  };
}
