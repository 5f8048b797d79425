import { and, eq, sql } from 'drizzle-orm';
import { levelRelevantChanges } from '#shared/systems/redetermination.js';
import type { SystemCreate, SystemUpdate } from '#shared/systems/systems.schemas.js';
import type { Db } from '../../db/open-db.js';
import { informationSystems } from '../../db/schema/index.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { fieldError, forbidden, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf, changes } from '../audit/changes.js';
import { findVisibleOrganisation, pathIds } from '../organisations/queries.js';
import type { SystemRecord } from './queries.js';
import { systemSearchText } from './search-text.js';
import { refreshDossierSearch } from '../dossiers/search-source.js';
import { lockRoutingForChange, refreshNextActors } from '../dossiers/next-actor.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { loadRegimes } from '../regimes/load-regimes.js';

/**
 * The operator must be a unit the actor may register systems for; the owner (chủ quản) must be
 * the operator itself or a body above it.
 */
async function checkOrganisations(db: Db, actor: Actor, operatorId: string, ownerId: string) {
  const operator = await findVisibleOrganisation(db, actor, operatorId);
  if (!operator) throw fieldError('operatorOrganisationId', 'validation.organisationNotInScope');
  if (!can(actor, 'system.create', operator.path)) throw forbidden();
  if (!pathIds(operator.path).includes(ownerId)) throw fieldError('ownerOrganisationId', 'validation.ownerNotAncestor');
}

/**
 * A code belongs to one system (information_systems_code_unique). Another system's code answers 400 on the field,
 * never the index's 500: also when two saves of the same code race, where the index is what decides.
 */
const codeTaken = (code: string) => fieldError('code', 'validation.codeTaken', { code });

export async function createSystem(db: Db, actor: Actor, input: SystemCreate): Promise<string> {
  await checkOrganisations(db, actor, input.operatorOrganisationId, input.ownerOrganisationId);
  const { code: sentCode, ...fields } = input;
  // '' means no code
  const code = sentCode || null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(informationSystems)
      .values({ ...fields, code, searchText: systemSearchText({ ...fields, code }) })
      // A code another system holds (even one committed a moment ago by a concurrent save) inserts nothing.
      .onConflictDoNothing({ target: informationSystems.code, where: sql`${informationSystems.code} is not null` })
      .returning({ id: informationSystems.id });
    if (!row) throw codeTaken(code ?? '');
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'system',
      entityId: row.id,
      action: 'create',
      organisationId: input.operatorOrganisationId,
      after: { ...fields, ...(code ? { code } : {}) },
    });
    return row.id;
  });
}

/**
 * One conditional UPDATE: a save based on an old version changes nothing and answers 409.
 * After approval, a change of level-relevant facts flags the system for re-determination.
 */
export async function updateSystem(db: Db, actor: Actor, current: SystemRecord, input: SystemUpdate): Promise<void> {
  if (!can(actor, 'system.update', current.operator.path)) throw forbidden();
  const { version, code: sentCode, ...rest } = input;
  // '' clears the code; absent leaves it as it is
  const fields = { ...rest, ...(sentCode === undefined ? {} : { code: sentCode || null }) };
  const before = current.system;
  const operatorId = fields.operatorOrganisationId ?? before.operatorOrganisationId;
  const ownerId = fields.ownerOrganisationId ?? before.ownerOrganisationId;
  if (fields.operatorOrganisationId !== undefined || fields.ownerOrganisationId !== undefined) {
    await checkOrganisations(db, actor, operatorId, ownerId);
  }
  const after = { ...before, ...fields, operatorOrganisationId: operatorId };
  const newReasons = before.approvedLevel === null ? [] : levelRelevantChanges(before, after);
  const reasons = [...new Set([...before.redeterminationReasons, ...newReasons])];
  const diff = changes(before, fields);
  // A new owner can be the approver of the dossiers covering the system (docs/inbox.md).
  const ownerChanges = ownerId !== before.ownerOrganisationId;
  const regimes = ownerChanges ? await loadRegimes(db) : undefined;
  await db.transaction(async (tx) => {
    if (ownerChanges) await lockRoutingForChange(tx);
    const updated = await tx
      .update(informationSystems)
      .set({
        ...fields,
        redeterminationReasons: reasons,
        searchText: systemSearchText(after),
        version: sql`${informationSystems.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(informationSystems.id, before.id), eq(informationSystems.version, version)))
      .returning({ id: informationSystems.id })
      .catch((error: unknown) => {
        if (fields.code && isUniqueViolation(error, 'information_systems_code_unique')) throw codeTaken(fields.code);
        throw error;
      });
    if (updated.length === 0) throw new HttpError('stale_version');
    if (after.name !== before.name) await refreshDossierSearch(tx, { systemIds: [before.id] });
    if (regimes) await refreshNextActors(tx, regimes, todayInVietnam(), { appraisedCoveringSystems: [before.id] });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'system',
      entityId: before.id,
      action: 'update',
      organisationId: operatorId,
      ...diff,
      // Why this change makes the approved level due again: reports as of a past day replay them.
      redeterminationReasons: newReasons,
    });
  });
}
