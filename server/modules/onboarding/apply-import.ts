import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/open-db.js';
import { informationSystems, memberships, organisations, users } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { appendAuditEvents, type AuditEventInput } from '../audit/append-audit-event.js';
import { actorOf, changes } from '../audit/changes.js';
import { unusablePasswordHash } from '../auth/activation-links.js';
import { refreshDossierSearch } from '../dossiers/search-source.js';
import { lockRoutingForChange, refreshNextActors } from '../dossiers/next-actor.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { loadRegimes } from '../regimes/load-regimes.js';
import { organisationSearchText } from '../organisations/search-text.js';
import { systemSearchText } from '../systems/search-text.js';
import type { ImportPlan } from './plan-import.js';

/** Rows per INSERT: at most 17 columns each, well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1_000;

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/**
 * Writes a plan without mistakes inside the caller's transaction: units (parents first), people and their roles,
 * systems, and one audit event per record created or changed, as the screens record them. People created here have
 * no password anyone knows; an administrator issues each one's activation link from the person's page.
 */
export async function applyImport(tx: Tx, actor: Actor, plan: ImportPlan): Promise<void> {
  const by = actorOf(actor);
  const now = new Date();
  // A system given another owner can change the approver of the dossiers covering it (docs/inbox.md).
  const newOwners = plan.systems.updates.filter(({ after }) => 'ownerOrganisationId' in after);
  if (newOwners.length) await lockRoutingForChange(tx);
  await appendAuditEvents(tx, [
    ...(await applyOrganisations(tx, plan.organisations, by, now)),
    ...(await applyPeople(tx, plan.people, by, now)),
    ...(await applySystems(tx, plan.systems, by, now)),
  ]);
  // Renamed units and systems carry their new names into the search of the dossiers that name them.
  const renamedUnits = plan.organisations.updates.filter(({ after }) => 'name' in after || 'shortName' in after);
  const renamedSystems = plan.systems.updates.filter(({ after }) => 'name' in after);
  await refreshDossierSearch(tx, { operatorIds: renamedUnits.map(({ node }) => node.id) });
  await refreshDossierSearch(tx, { systemIds: renamedSystems.map(({ existing }) => existing.id) });
  if (newOwners.length) {
    await refreshNextActors(tx, await loadRegimes(tx), todayInVietnam(), {
      appraisedCoveringSystems: newOwners.map(({ existing }) => existing.id),
    });
  }
}

type By = ReturnType<typeof actorOf>;

async function applyOrganisations(tx: Tx, orgs: ImportPlan['organisations'], by: By, now: Date) {
  const events: AuditEventInput[] = [];
  await insertInChunks(orgs.creations, (chunk) =>
    tx.insert(organisations).values(
      chunk.map(({ node, fields }) => ({
        id: node.id,
        parentId: node.parent!.id,
        kind: fields.kind,
        name: fields.name,
        shortName: fields.shortName,
        place: fields.place,
        code: fields.code || null,
        path: node.path,
        depth: node.depth,
        searchText: organisationSearchText({ ...fields, code: fields.code || null }),
      })),
    ),
  );
  for (const { node, fields } of orgs.creations) {
    const { code, ...rest } = fields;
    const after = { parentId: node.parent!.id, ...rest, ...(code ? { code } : {}) };
    events.push({
      ...by,
      entityType: 'organisation',
      entityId: node.id,
      action: 'create',
      organisationId: node.id,
      after,
    });
  }
  for (const { node, after } of orgs.updates) {
    const stored = node.existing;
    const merged = { ...stored, ...after };
    await tx
      .update(organisations)
      .set({
        ...after,
        searchText: organisationSearchText(merged),
        version: sql`${organisations.version} + 1`,
        updatedAt: now,
      })
      .where(eq(organisations.id, node.id));
    events.push({
      ...by,
      entityType: 'organisation',
      entityId: node.id,
      action: 'update',
      organisationId: node.id,
      ...changes(stored, after),
    });
  }
  return events;
}

async function applyPeople(tx: Tx, people: ImportPlan['people'], by: By, now: Date) {
  const events: AuditEventInput[] = [];
  const passwordHash = await unusablePasswordHash();
  await insertInChunks(people.creations, (chunk) =>
    tx.insert(users).values(chunk.map(({ id, person }) => ({ id, ...person, passwordHash, activatedAt: null }))),
  );
  const newGrants = people.creations.flatMap(({ id, grants }) =>
    grants.map((grant) => ({ userId: id, organisationId: grant.node.id, role: grant.role })),
  );
  await insertInChunks(newGrants, (chunk) => tx.insert(memberships).values(chunk));
  for (const { id, person, grants } of people.creations)
    events.push({
      ...by,
      entityType: 'user',
      entityId: id,
      action: 'create',
      organisationId: grants[0]!.node.id,
      after: { ...person, memberships: grants.map((grant) => ({ organisationId: grant.node.id, role: grant.role })) },
    });
  for (const { existing, after } of people.updates) {
    await tx
      .update(users)
      .set({ ...after, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, existing.account.id));
    const organisationId = existing.held[0]?.organisationId ?? null;
    events.push({
      ...by,
      entityType: 'user',
      entityId: existing.account.id,
      action: 'update',
      organisationId,
      ...changes(existing.account, after),
    });
  }
  for (const grant of people.grants) {
    const [membership] = await tx
      .insert(memberships)
      .values({ userId: grant.userId, organisationId: grant.organisationId, role: grant.role })
      .returning({ id: memberships.id });
    events.push({
      ...by,
      entityType: 'user',
      entityId: grant.userId,
      action: 'grantRole',
      organisationId: grant.organisationId,
      after: { membershipId: membership!.id, organisationId: grant.organisationId, role: grant.role },
    });
  }
  return events;
}

async function applySystems(tx: Tx, systems: ImportPlan['systems'], by: By, now: Date) {
  const events: AuditEventInput[] = [];
  await insertInChunks(systems.creations, (chunk) =>
    tx.insert(informationSystems).values(
      chunk.map(({ id, fields }) => ({
        id,
        ...fields,
        code: fields.code || null,
        searchText: systemSearchText({ ...fields, code: fields.code || null }),
      })),
    ),
  );
  for (const { id, fields } of systems.creations) {
    const { code, ...rest } = fields;
    events.push({
      ...by,
      entityType: 'system',
      entityId: id,
      action: 'create',
      organisationId: fields.operatorOrganisationId,
      after: { ...rest, ...(code ? { code } : {}) },
    });
  }
  for (const { existing, after, reasons } of systems.updates) {
    const merged = { ...existing, ...after };
    await tx
      .update(informationSystems)
      .set({
        ...after,
        redeterminationReasons: [...new Set([...existing.redeterminationReasons, ...reasons])],
        searchText: systemSearchText(merged),
        version: sql`${informationSystems.version} + 1`,
        updatedAt: now,
      })
      .where(eq(informationSystems.id, existing.id));
    events.push({
      ...by,
      entityType: 'system',
      entityId: existing.id,
      action: 'update',
      organisationId: merged.operatorOrganisationId,
      ...changes(existing, after),
      redeterminationReasons: reasons,
    });
  }
  return events;
}
