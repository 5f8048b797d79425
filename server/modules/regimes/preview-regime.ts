import { compareVietnamese } from '#shared/common/vietnamese-order.js';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { levelAnswersSchema } from '#shared/level-assessments/level-answers.schemas.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import type { RegimeLevelChange, RegimePreview } from '#shared/regimes/regime-preview.schemas.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import type { Db } from '../../db/open-db.js';
import { dossiers, dossierSystems, informationSystems, organisations } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';

/**
 * Each system's latest level determination under one regime, for the systems in the actor's scope: the answers
 * stored with the system in its most recently changed dossier under that regime (a withdrawn dossier no longer
 * determines anything; a decommissioned system needs no level).
 */
function latestAnswers(db: Db, actor: Actor, regimeId: Regime['id']) {
  return db
    .selectDistinctOn([dossierSystems.systemId], {
      systemId: dossierSystems.systemId,
      name: informationSystems.name,
      operator: { id: organisations.id, name: organisations.name, shortName: organisations.shortName },
      assessment: dossierSystems.assessment,
    })
    .from(dossierSystems)
    .innerJoin(dossiers, eq(dossiers.id, dossierSystems.dossierId))
    .innerJoin(informationSystems, eq(informationSystems.id, dossierSystems.systemId))
    .innerJoin(organisations, eq(organisations.id, informationSystems.operatorOrganisationId))
    .where(
      and(
        eq(dossiers.regime, regimeId),
        ne(dossiers.status, 'withdrawn'),
        ne(informationSystems.status, 'decommissioned'),
        sql`(${dossierSystems.assessment} -> 'answers') is not null`,
        inScope(organisations.path, actor, 'system.read'),
      ),
    )
    .orderBy(dossierSystems.systemId, desc(dossiers.updatedAt), desc(dossiers.id));
}

/**
 * What replacing `current` with `edited` would do to levels, without saving anything: every system in scope whose
 * latest answers under the regime take a different level under the edited rules than under the rules in force.
 * Both sides are evaluated now, so an unchanged regime changes nothing even where a stored determination predates
 * an earlier correction.
 */
export async function previewRegime(db: Db, actor: Actor, current: Regime, edited: Regime): Promise<RegimePreview> {
  const rows = await latestAnswers(db, actor, current.id);
  let examined = 0;
  const changes: RegimeLevelChange[] = [];
  for (const row of rows) {
    const answers = levelAnswersSchema.safeParse((row.assessment as { answers?: unknown }).answers);
    // Answers stored in a shape the questions no longer have cannot be evaluated either way.
    if (!answers.success) continue;
    examined += 1;
    const currentLevel = determineLevel(current.rules, answers.data).level;
    const preview = determineLevel(edited.rules, answers.data);
    if (preview.level === currentLevel) continue;
    changes.push({
      system: { id: row.systemId, name: row.name },
      operator: row.operator,
      currentLevel,
      previewLevel: preview.level,
      matchedRules: preview.matchedRules,
    });
  }
  changes.sort(
    (a, b) => compareVietnamese(a.operator.name, b.operator.name) || compareVietnamese(a.system.name, b.system.name),
  );
  return { regime: current.id, examined, changes };
}
