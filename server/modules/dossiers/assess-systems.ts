import { and, eq, inArray } from 'drizzle-orm';
import type { Assessment } from '#shared/dossiers/dossiers.schemas.js';
import type { LevelAnswers } from '#shared/level-assessments/level-answers.schemas.js';
import { combinedLevel, determineLevel } from '#shared/regimes/determine-level.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import type { Db } from '../../db/open-db.js';
import { informationSystems, organisations } from '../../db/schema/index.js';
import { HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';

interface SystemAnswers {
  systemId: string;
  answers?: LevelAnswers | undefined;
}

export interface AssessedSystem {
  systemId: string;
  proposedLevel: number | null;
  assessment: Assessment | null;
}

/**
 * Every system must be one the actor can see and must be operated by the dossier's operator;
 * each offending entry is named (systems[i].systemId), a repeated one too.
 */
export async function checkDossierSystems(
  db: Db,
  actor: Actor,
  operatorId: string,
  inputs: SystemAnswers[],
): Promise<void> {
  const ids = [...new Set(inputs.map((input) => input.systemId))];
  const visible = await db
    .select({ id: informationSystems.id, operatorOrganisationId: informationSystems.operatorOrganisationId })
    .from(informationSystems)
    .innerJoin(organisations, eq(organisations.id, informationSystems.operatorOrganisationId))
    .where(and(inArray(informationSystems.id, ids), inScope(organisations.path, actor, 'system.read')));
  const operatorOf = new Map(visible.map((row) => [row.id, row.operatorOrganisationId]));
  const seen = new Set<string>();
  const issues = inputs.flatMap((input, index) => {
    const path = `systems[${index}].systemId`;
    if (seen.has(input.systemId)) return [{ path, message: 'validation.duplicateSystem' }];
    seen.add(input.systemId);
    return operatorOf.get(input.systemId) === operatorId ? [] : [{ path, message: 'validation.systemNotOfOperator' }];
  });
  if (issues.length) throw new HttpError('validation_failed', issues);
}

/** Each system's answers evaluated on the regime's rules: the level and every matched rule are kept. */
export function assessSystems(regime: Regime, inputs: SystemAnswers[]): AssessedSystem[] {
  return inputs.map(({ systemId, answers }) => {
    if (!answers) return { systemId, proposedLevel: null, assessment: null };
    const { level, matchedRules } = determineLevel(regime.rules, answers);
    return {
      systemId,
      proposedLevel: level,
      assessment: { answers, level, matchedRules },
    };
  });
}

/** The dossier's proposed level: the highest among its systems (docs/domain.md#level-determination). */
export const dossierLevel = (systems: AssessedSystem[]) => combinedLevel(systems.map((system) => system.proposedLevel));

/** The answers stored with an assessment, for re-evaluating it (another regime, a copied dossier). */
export const answersOf = (assessment: unknown): LevelAnswers | undefined =>
  assessment && typeof assessment === 'object' && 'answers' in assessment
    ? (assessment as Assessment).answers
    : undefined;
