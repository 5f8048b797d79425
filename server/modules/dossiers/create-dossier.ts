import { eq } from 'drizzle-orm';
import { dossierContentSchema, type DossierContent, type DossierCreate } from '#shared/dossiers/dossiers.schemas.js';
import { defaultRegimeFor, regimesOpenOn } from '#shared/regimes/regimes.js';
import type { Db } from '../../db/open-db.js';
import { dossiers, dossierSystems } from '../../db/schema/index.js';
import { fieldError, forbidden } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { canonicalJson } from '../audit/canonical-json.js';
import { actorOf } from '../audit/changes.js';
import { refreshDossierSearch } from './search-source.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { findVisibleOrganisation } from '../organisations/queries.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { answersOf, assessSystems, checkDossierSystems, dossierLevel } from './assess-systems.js';
import { refreshNextActors } from './next-actor.js';
import { refreshDossierPreparers } from './preparer-rows.js';
import { findVisibleDossierRow } from './queries.js';

const emptyContent = canonicalJson(dossierContentSchema.parse({}));

/** The audit record of a dossier's systems: which, at what level. */
export const systemsForAudit = (systems: Array<{ systemId: string; proposedLevel: number | null }>) =>
  systems.map(({ systemId, proposedLevel }) => ({ systemId, proposedLevel }));

/**
 * Starts a dossier in drafting. From a previous dossier (re-determination, a returned one redone):
 * its content is copied unless the request brings its own, and each system listed without answers
 * takes the answers it had there, evaluated again under this dossier's regime.
 */
export async function createDossier(db: Db, actor: Actor, input: DossierCreate, regimes: Regimes): Promise<string> {
  const operator = await findVisibleOrganisation(db, actor, input.operatorOrganisationId);
  if (!operator) throw fieldError('operatorOrganisationId', 'validation.organisationNotInScope');
  if (!can(actor, 'dossier.create', operator.path)) throw forbidden();
  const previous = input.basedOnDossierId ? await findVisibleDossierRow(db, actor, input.basedOnDossierId) : undefined;
  if (input.basedOnDossierId && !previous) throw fieldError('basedOnDossierId', 'validation.dossierNotFound');
  await checkDossierSystems(db, actor, operator.id, input.systems);

  const previousAnswers = new Map(
    previous
      ? (await db.select().from(dossierSystems).where(eq(dossierSystems.dossierId, previous.dossier.id))).map((row) => [
          row.systemId,
          answersOf(row.assessment),
        ])
      : [],
  );
  const regime = input.regime ?? defaultRegimeFor(todayInVietnam());
  if (!regimesOpenOn(regimes, todayInVietnam()).includes(regime)) throw fieldError('regime', 'validation.regimeClosed');
  const systems = assessSystems(
    regimes[regime],
    input.systems.map(({ systemId, answers }) => ({ systemId, answers: answers ?? previousAnswers.get(systemId) })),
  );
  const content: DossierContent =
    previous && canonicalJson(input.content) === emptyContent
      ? dossierContentSchema.parse(previous.dossier.content ?? {})
      : input.content;
  const proposedLevel = dossierLevel(systems);
  // Answers copied from a previous dossier count as unconfirmed until the officer confirms them here.
  const levelAnswersConfirmedAt = input.confirmLevelAnswers ? new Date() : null;

  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dossiers)
      .values({
        title: input.title,
        regime,
        operatorOrganisationId: operator.id,
        status: 'drafting',
        proposedLevel,
        content,
        preparedBy: actor.userId,
        basedOnDossierId: previous?.dossier.id ?? null,
        levelAnswersConfirmedAt,
      })
      .returning({ id: dossiers.id });
    const id = row!.id;
    await tx.insert(dossierSystems).values(systems.map((system) => ({ dossierId: id, ...system })));
    // Its systems' events since its creation (another transaction's, committed meanwhile) make their actors preparers.
    await refreshDossierPreparers(tx, { dossierIds: [id] });
    await refreshDossierSearch(tx, { dossierId: id });
    await refreshNextActors(tx, regimes, todayInVietnam(), { dossierId: id });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'dossier',
      entityId: id,
      action: 'create',
      organisationId: operator.id,
      after: {
        title: input.title,
        regime,
        status: 'drafting',
        proposedLevel,
        systems: systemsForAudit(systems),
        basedOnDossierId: previous?.dossier.id ?? null,
        levelAnswersConfirmed: levelAnswersConfirmedAt !== null,
      },
    });
    return id;
  });
}
