import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DossierUpdate } from '#shared/dossiers/dossiers.schemas.js';
import { regimesOpenOn } from '#shared/regimes/regimes.js';
import type { Db } from '../../db/open-db.js';
import { auditEvents, dossiers, dossierSystems } from '../../db/schema/index.js';
import { insertRowWhen } from '../../db/insert-row-when.js';
import { fieldError, HttpError } from '../../http/http-error.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import type { Actor } from '../../policies/actor.js';
import { editableStatuses } from '#shared/dossiers/dossier-workflow.js';
import { decideUpdate, enforce } from '../../policies/dossier.policy.js';
import {
  appendAuditEvent,
  auditEventRows,
  takeAuditEventIds,
  type AuditEventInput,
} from '../audit/append-audit-event.js';
import { announceAuditAppend } from '../audit/audit-append-listeners.js';
import { actorOf, changes } from '../audit/changes.js';
import { refreshDossierSearch, searchSourceWithTitle } from './search-source.js';
import { canonicalJson } from '../audit/canonical-json.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { answersOf, assessSystems, checkDossierSystems, dossierLevel, type AssessedSystem } from './assess-systems.js';
import { systemsForAudit } from './create-dossier.js';
import { refreshNextActors } from './next-actor.js';
import { preparersInsert, refreshDossierPreparers } from './preparer-rows.js';
import { dossierColumns, type DossierRecord, type DossierRow } from './queries.js';

/**
 * Saves a draft. One conditional UPDATE guarded by the version the caller saw and by the editable
 * statuses, so a stale save changes nothing: alone with its audit event in one statement when the systems
 * stay (saveDraftWithEvent), in a transaction that replaces them otherwise.
 * A new regime re-evaluates the stored answers under its rules.
 *
 * Returns the saved row when the save kept the regime and the systems, so that the answer can be built
 * without reading the dossier again (recordAfterSave); undefined when they changed.
 */
export async function updateDossier(
  db: Db,
  actor: Actor,
  current: DossierRecord,
  input: DossierUpdate,
  regimes: Regimes,
): Promise<DossierRow | undefined> {
  if (input.version !== current.dossier.version) throw new HttpError('stale_version');
  enforce(decideUpdate(actor, current.facts));
  const regime = input.regime ?? current.dossier.regime;
  if (
    input.regime !== undefined &&
    input.regime !== current.dossier.regime &&
    !regimesOpenOn(regimes, todayInVietnam()).includes(input.regime)
  ) {
    throw fieldError('regime', 'validation.regimeClosed');
  }
  if (input.systems) await checkDossierSystems(db, actor, current.operator.id, input.systems);
  const newSystems: AssessedSystem[] | undefined = input.systems
    ? assessSystems(regimes[regime], input.systems)
    : regime !== current.dossier.regime
      ? assessSystems(
          regimes[regime],
          current.systems.map((system) => ({ systemId: system.systemId, answers: answersOf(system.assessment) })),
        )
      : undefined;

  const confirmation = levelAnswersConfirmation(current, input, regime);

  const before = {
    levelAnswersConfirmed: current.dossier.levelAnswersConfirmedAt !== null,
    title: current.dossier.title,
    regime: current.dossier.regime,
    content: current.dossier.content,
    proposedLevel: current.dossier.proposedLevel,
    systems: systemsForAudit(current.systems),
  };
  const fields = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.regime !== undefined ? { regime: input.regime } : {}),
    ...(input.content !== undefined ? { content: input.content } : {}),
    ...(newSystems ? { proposedLevel: dossierLevel(newSystems) } : {}),
    ...(confirmation !== undefined ? { levelAnswersConfirmedAt: confirmation } : {}),
  };
  const { levelAnswersConfirmedAt, ...audited } = fields;
  const diff = changes(before, {
    ...audited,
    ...(newSystems ? { systems: systemsForAudit(newSystems) } : {}),
    ...(levelAnswersConfirmedAt !== undefined ? { levelAnswersConfirmed: levelAnswersConfirmedAt !== null } : {}),
  });

  const set = {
    ...fields,
    // A new title with the same systems: the search words are written by this statement.
    ...(input.title !== undefined && !newSystems ? { searchSource: searchSourceWithTitle(input.title) } : {}),
    version: sql`${dossiers.version} + 1`,
    updatedAt: new Date(),
  };
  const where = and(
    eq(dossiers.id, current.dossier.id),
    eq(dossiers.version, input.version),
    inArray(dossiers.status, [...editableStatuses]),
  );
  const event: AuditEventInput = {
    ...actorOf(actor),
    entityType: 'dossier',
    entityId: current.dossier.id,
    action: 'update',
    organisationId: current.operator.id,
    ...diff,
  };
  if (!newSystems) {
    const saved = await saveDraftWithEvent(db, set, where, event, actor.userId);
    if (!saved) throw new HttpError('stale_version');
    return saved;
  }

  return db.transaction(async (tx) => {
    const [saved] = await tx.update(dossiers).set(set).where(where).returning({ id: dossiers.id });
    if (!saved) throw new HttpError('stale_version');
    await tx.delete(dossierSystems).where(eq(dossierSystems.dossierId, current.dossier.id));
    await tx.insert(dossierSystems).values(newSystems.map((system) => ({ dossierId: current.dossier.id, ...system })));
    // A system's events count since the dossier's creation while it is covered: recomputed from the trail.
    await refreshDossierPreparers(tx, { dossierIds: [current.dossier.id] });
    await refreshDossierSearch(tx, { dossierId: current.dossier.id });
    // A new level or new systems (owners) can change who acts next.
    await refreshNextActors(tx, regimes, todayInVietnam(), { dossierId: current.dossier.id });
    await appendAuditEvent(tx, event);
    return undefined;
  });
}

/**
 * A save that keeps the systems (an autosave of the title or the content, the confirmation of the answers) in one
 * statement: the UPDATE, its audit event and the saver among the dossier's preparers (as preparersOfEvents adds
 * them) are written only if the UPDATE found its row, and a single statement commits or fails whole, so it needs no
 * transaction. Two round trips instead of a transaction's six; a draft's autosave is the commonest write.
 */
async function saveDraftWithEvent(
  db: Db,
  set: PgUpdateSetSource<typeof dossiers>,
  where: SQL | undefined,
  event: AuditEventInput,
  saverId: string,
): Promise<DossierRow | undefined> {
  const [row] = auditEventRows([event], await takeAuditEventIds(db, 1));
  const saved = db.$with('saved').as(db.update(dossiers).set(set).where(where).returning(dossierColumns));
  const recorded = db.$with('recorded', {}).as(insertRowWhen(auditEvents, row!, 'saved'));
  const preparer = db
    .$with('preparer', {})
    .as(preparersInsert(sql`select id as dossier_id, ${saverId}::uuid as user_id from saved`));
  const [result] = await db.with(saved, recorded, preparer).select().from(saved);
  if (result) announceAuditAppend();
  return result;
}

/** Each system's answers as a comparable text, by system. */
const answersBySystem = (systems: ReadonlyArray<{ systemId: string; answers?: unknown }>) =>
  new Map(systems.map(({ systemId, answers }) => [systemId, canonicalJson(answers ?? null)]));

/**
 * The confirmation of the level answers after this update: now when the officer confirms them;
 * cleared (null) when the answers or the systems change without a confirmation, or the regime
 * changes (its questions differ); otherwise unchanged (undefined).
 */
function levelAnswersConfirmation(
  current: DossierRecord,
  input: DossierUpdate,
  regime: string,
): Date | null | undefined {
  if (input.confirmLevelAnswers) return new Date();
  if (current.dossier.levelAnswersConfirmedAt === null) return undefined;
  if (regime !== current.dossier.regime) return null;
  if (!input.systems) return undefined;
  const stored = answersBySystem(
    current.systems.map((s) => ({ systemId: s.systemId, answers: answersOf(s.assessment) })),
  );
  const sent = answersBySystem(input.systems);
  const same = stored.size === sent.size && [...sent].every(([id, answers]) => stored.get(id) === answers);
  return same ? undefined : null;
}
