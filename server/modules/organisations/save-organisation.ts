import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { OrganisationCreate, OrganisationUpdate } from '#shared/organisations/organisations.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { organisations } from '../../db/schema/index.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { Actor } from '../../policies/actor.js';
import { fieldError, forbidden, HttpError } from '../../http/http-error.js';
import { can } from '../../policies/organisation-scope.js';
import { findVisibleOrganisation, type OrganisationRow } from './queries.js';
import { escapeLike } from './queries.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf, changes } from '../audit/changes.js';
import { organisationSearchText } from './search-text.js';
import { refreshDossierSearch } from '../dossiers/search-source.js';
import { lockRoutingForChange, refreshNextActors } from '../dossiers/next-actor.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { loadRegimes } from '../regimes/load-regimes.js';

/**
 * A code belongs to one unit (organisations_code_unique). Another unit's code answers 400 on the field, never the
 * index's 500: also when two saves of the same code race, where the index is what decides.
 */
const codeTaken = (code: string) => fieldError('code', 'validation.codeTaken', { code });

/** The parent must be visible to the actor (else the field is reported as unknown) and administered by them. */
async function requireParent(db: Db, actor: Actor, parentId: string) {
  const parent = await findVisibleOrganisation(db, actor, parentId);
  if (!parent) throw fieldError('parentId', 'validation.organisationNotInScope');
  if (!can(actor, 'organisation.create', parent.path)) throw forbidden();
  return parent;
}

/**
 * Every change to the tree's shape (a move, a new unit) takes this transaction-scoped lock first,
 * so they run one at a time, and reads again, once it holds it, the rows it builds paths from:
 * two moves checked against each other's old paths (A under B while B goes under A) would
 * otherwise both pass the cycle check and leave a loop, and a unit created under a parent that
 * is moving would keep the parent's old path. Moves are rare; waiting for one costs nothing.
 */
const TREE_LOCK = 7_434_002;

/** Every change to the tree's shape holds this lock for the rest of its transaction (see TREE_LOCK). */
export async function lockTree(tx: Tx) {
  await tx.execute(sql`select pg_advisory_xact_lock(${TREE_LOCK})`);
}

/** Takes the tree's lock, then reads these organisations as they stand now (missing ids are absent). */
async function lockTreeAndRead(tx: Tx, ids: string[]): Promise<Map<string, OrganisationRow>> {
  await lockTree(tx);
  const rows = await tx.select().from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The checks of requireParent and of the cycle, again on the rows as they stand under the tree's
 * lock: between the first checks and the lock, another move may have carried either of them
 * elsewhere (out of the actor's reach, or under the unit being moved).
 */
function recheckParent(actor: Actor, parent: OrganisationRow | undefined, moved?: OrganisationRow) {
  if (!parent || !can(actor, 'organisation.read', parent.path))
    throw fieldError('parentId', 'validation.organisationNotInScope');
  if (!can(actor, 'organisation.create', parent.path)) throw forbidden();
  if (moved && parent.path.startsWith(moved.path)) throw fieldError('parentId', 'validation.parentCycle');
  return parent;
}

export async function createOrganisation(db: Db, actor: Actor, input: OrganisationCreate): Promise<OrganisationRow> {
  await requireParent(db, actor, input.parentId);
  const id = crypto.randomUUID();
  const { code: sentCode, ...fields } = input;
  // '' means no code
  const code = sentCode || null;
  return db.transaction(async (tx) => {
    const parent = recheckParent(actor, (await lockTreeAndRead(tx, [input.parentId])).get(input.parentId));
    const [row] = await tx
      .insert(organisations)
      .values({
        id,
        parentId: parent.id,
        kind: fields.kind,
        name: fields.name,
        shortName: fields.shortName,
        place: fields.place,
        code,
        path: `${parent.path}${id}/`,
        depth: parent.depth + 1,
        searchText: organisationSearchText({ ...fields, code }),
      })
      // A code another unit holds (even one committed a moment ago by a concurrent save) inserts nothing.
      .onConflictDoNothing({ target: organisations.code, where: sql`${organisations.code} is not null` })
      .returning();
    if (!row) throw codeTaken(code ?? '');
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'organisation',
      entityId: id,
      action: 'create',
      organisationId: id,
      after: { ...fields, ...(code ? { code } : {}) },
    });
    return row;
  });
}

/**
 * Updates fields and, when parentId changes, moves the whole subtree: every descendant's path
 * is rewritten in the same transaction, guarded by the version the caller saw.
 */
export async function updateOrganisation(db: Db, actor: Actor, seenRow: OrganisationRow, input: OrganisationUpdate) {
  if (!can(actor, 'organisation.update', seenRow.path)) throw forbidden();
  const { version, parentId, code: sentCode, ...rest } = input;
  // '' clears the code; absent leaves it as it is
  const fields = { ...rest, ...(sentCode === undefined ? {} : { code: sentCode || null }) };
  const moving = parentId !== undefined && parentId !== seenRow.parentId;
  const seenParent = moving ? await requireParent(db, actor, parentId) : undefined;
  if (seenParent && seenParent.path.startsWith(seenRow.path)) throw fieldError('parentId', 'validation.parentCycle');
  const regimes = moving ? await loadRegimes(db) : undefined;

  return db.transaction(async (tx) => {
    let current = seenRow;
    let parent: OrganisationRow | undefined;
    if (moving) {
      await lockRoutingForChange(tx);
      const now = await lockTreeAndRead(tx, [seenRow.id, parentId]);
      const moved = now.get(seenRow.id);
      // Changed by someone else since the caller read it: 409, as the UPDATE below would answer.
      if (!moved || moved.version !== version) throw new HttpError('stale_version');
      // An ancestor's move rewrites the path without a new version: only the path read now is ours to use.
      if (!can(actor, 'organisation.update', moved.path)) throw forbidden();
      parent = recheckParent(actor, now.get(parentId), moved);
      current = moved;
    }
    const name = fields.name ?? current.name;
    const shortName = fields.shortName ?? current.shortName;
    const newPath = parent ? `${parent.path}${current.id}/` : current.path;
    const code = fields.code === undefined ? current.code : fields.code;
    const [updated] = await tx
      .update(organisations)
      .set({
        ...fields,
        ...(parent ? { parentId: parent.id, path: newPath, depth: parent.depth + 1 } : {}),
        searchText: organisationSearchText({ name, shortName, code }),
        version: sql`${organisations.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(organisations.id, current.id), eq(organisations.version, version)))
      .returning()
      .catch((error: unknown) => {
        if (fields.code && isUniqueViolation(error, 'organisations_code_unique')) throw codeTaken(fields.code);
        throw error;
      });
    if (!updated) throw new HttpError('stale_version');
    if (name !== current.name || shortName !== current.shortName)
      await refreshDossierSearch(tx, { operatorIds: [current.id] });
    const diff = changes(current, { ...fields, ...(parent ? { parentId: parent.id } : {}) });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'organisation',
      entityId: current.id,
      action: 'update',
      organisationId: current.id,
      ...diff,
    });
    if (parent) {
      const depthShift = parent.depth + 1 - current.depth;
      await tx
        .update(organisations)
        .set({
          path: sql`${newPath} || substr(${organisations.path}, ${current.path.length + 1})`,
          depth: sql`${organisations.depth} + ${depthShift}`,
        })
        .where(
          and(like(organisations.path, `${escapeLike(current.path)}%`), sql`${organisations.id} <> ${current.id}`),
        );
      // Another designation, another owners' meeting point: approvals may go elsewhere (docs/inbox.md).
      if (regimes) await refreshNextActors(tx, regimes, todayInVietnam(), 'appraised');
    }
    return updated;
  });
}
