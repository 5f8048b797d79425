import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addCalendarDays, type WorkingCalendar } from '#shared/calendar/working-days.js';
import { dossierActions, dossierStatuses, workflow } from '#shared/dossiers/dossier-workflow.js';
import { roleSchema } from '#shared/users/users.schemas.js';
import { auditEvents, designations, informationSystems, users } from '#server/db/schema/index.js';
import { loadActor } from '#server/modules/auth/sessions.js';
import { loadWorkingCalendar, todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { listInbox } from '#server/modules/dossiers/inbox.js';
import { refreshNextActors } from '#server/modules/dossiers/next-actor.js';
import { refreshDossierPreparers } from '#server/modules/dossiers/preparer-rows.js';
import { loadDossierRecords, selectDossiers, type DossierRecord } from '#server/modules/dossiers/queries.js';
import { loadRegimes, type Regimes } from '#server/modules/regimes/load-regimes.js';
import type { Actor } from '#server/policies/actor.js';
import { dossierAbilities } from '#server/policies/dossier.policy.js';
import { can } from '#server/policies/organisation-scope.js';
import { makeDossier } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import type { OrganisationRow } from '../../support/demo.js';
import { openTestDb, type TestDb } from '../../support/test-database.js';
import { seededRandom } from '../../support/seeded-random.js';

let testDb: TestDb;
let regimes: Regimes;
let calendar: WorkingCalendar;
const today = todayInVietnam();

beforeAll(async () => {
  testDb = await openTestDb();
  regimes = await loadRegimes(testDb.db);
  calendar = await loadWorkingCalendar(testDb.db);
});
afterAll(() => testDb.close());

const reviewerActions = dossierActions.filter((action) => workflow[action].side === 'reviewer');

/** The oracle: every dossier the person may read on which the policy gives them a reviewer's step or the draft. */
function expectedInbox(actor: Actor, records: DossierRecord[]): string[] {
  return records
    .filter((record) => can(actor, 'dossier.read', record.facts.operatorPath))
    .filter((record) => {
      const abilities = dossierAbilities(actor, record.facts);
      return reviewerActions.some((action) => abilities[action]) || abilities.update;
    })
    .sort((a, b) => {
      const [dueA, dueB] = [a.dossier.stepDueOn, b.dossier.stepDueOn];
      if (dueA !== dueB) return dueA === null ? 1 : dueB === null ? -1 : dueA < dueB ? -1 : 1;
      return a.dossier.createdAt.getTime() - b.dossier.createdAt.getTime() || (a.dossier.id < b.dossier.id ? -1 : 1);
    })
    .map((record) => record.dossier.id);
}

/** For each person: the SQL inbox, whole and paged, is exactly the oracle's list in its order. */
async function checkEveryone(userIds: string[]) {
  const { db } = testDb;
  // The inbox first: it brings stale next actors up to date, as a request would.
  const firstActor = (await loadActor(db, userIds[0]!))!;
  await listInbox(db, firstActor, regimes, calendar, today, { limit: 1, offset: 0 });
  const records = await loadDossierRecords(db, await selectDossiers(db), regimes);
  let nonEmpty = 0;
  for (const userId of userIds) {
    const actor = (await loadActor(db, userId))!;
    const expected = expectedInbox(actor, records);
    const whole = await listInbox(db, actor, regimes, calendar, today, { limit: 10_000, offset: 0 });
    expect(
      whole.items.map((item) => item.record.dossier.id),
      actor.username,
    ).toEqual(expected);
    expect(whole.total, actor.username).toBe(expected.length);
    if (expected.length > 0) nonEmpty++;
    if (expected.length > 2) {
      const page = await listInbox(db, actor, regimes, calendar, today, { limit: 2, offset: 1 });
      expect(page.items.map((item) => item.record.dossier.id)).toEqual(expected.slice(1, 3));
      expect(page.total).toBe(expected.length);
    }
    if (expected.length > 0) {
      // Past the last row the page is empty and still says how many wait (counted without the page's rows).
      const beyond = await listInbox(db, actor, regimes, calendar, today, { limit: 2, offset: expected.length });
      expect(beyond).toEqual({ total: expected.length, items: [] });
    }
  }
  return nonEmpty;
}

const randomOf = seededRandom;

/** A designation's days around today: in force, ended, not yet begun, ending today, open-ended. */
function designationDays(random: ReturnType<typeof randomOf>) {
  const spans: Array<[number, number | null]> = [
    [-100, null],
    [-100, null],
    [-100, 30],
    [-200, -1],
    [3, null],
    [-50, 0],
  ];
  const [from, to] = random.pick(spans);
  return { validFrom: addCalendarDays(today, from), validTo: to === null ? null : addCalendarDays(today, to) };
}

/**
 * A random tree: units under units, designations (some nested, some not in force), systems whose owner is
 * the operator or one of its ancestors, people with one or two roles anywhere in it (designated units
 * included), and dossiers in every status and level with preparers, submitters and appraisers drawn from
 * those people, some of them preparers only through the audit trail (a saved draft, a file, a system edit).
 */
async function buildTree(seed: number) {
  const { db } = testDb;
  const random = randomOf(seed);
  const orgs: OrganisationRow[] = [await makeOrganisation(db, { parent: null, kind: 'province' })];
  for (let i = random.int(5, 9); i > 0; i--) orgs.push(await makeOrganisation(db, { parent: random.pick(orgs) }));
  const ancestorsOf = (org: OrganisationRow) => orgs.filter((o) => org.path.startsWith(o.path));

  // One designation per subtree root, as the server's overlap check keeps it; nested roots are fine.
  const roots = orgs.filter(() => random.next() < 0.4);
  for (const root of roots) {
    await db.insert(designations).values({
      subtreeRootId: root.id,
      designatedOrganisationId: random.pick(orgs).id,
      ...designationDays(random),
    });
  }
  const systems = [];
  for (let i = 0; i < 6; i++) {
    const operator = random.pick(orgs);
    const system = await makeSystem(db, { operatorOrganisationId: operator.id });
    const owner = random.pick(ancestorsOf(operator));
    await db
      .update(informationSystems)
      .set({ ownerOrganisationId: owner.id })
      .where(eq(informationSystems.id, system.id));
    systems.push(system);
  }
  const people: string[] = [];
  for (let i = 0; i < 7; i++) {
    const memberships = Array.from({ length: random.int(1, 2) }, () => ({
      organisationId: random.pick(orgs).id,
      role: random.pick(roleSchema.options),
    }));
    const unique = [...new Map(memberships.map((m) => [m.organisationId, m])).values()];
    people.push((await makeUser(db, { memberships: unique })).id);
  }

  const made: string[] = [];
  for (let i = 0; i < 16; i++) {
    const operator = random.pick(orgs);
    const covered = [...new Set([random.pick(systems), random.pick(systems)])].slice(0, random.int(1, 2));
    const started = addCalendarDays(today, -random.int(0, 40));
    const row = await makeDossier(db, {
      operatorOrganisationId: operator.id,
      systems: covered.map((system) => ({ systemId: system.id, level: random.pick([1, 2, 3, 4, 5, null] as const) })),
      status: random.pick(dossierStatuses),
      regime: random.pick(['nd85', 'nd331'] as const),
      preparedBy: random.maybe(people),
      submittedBy: random.maybe(people),
      appraisedBy: random.maybe(people),
      review: { submitters: people.filter(() => random.next() < 0.15) },
      stepStartedOn: started,
      stepDueOn: random.next() < 0.8 ? addCalendarDays(started, random.int(-5, 20)) : null,
      createdAt: new Date(Date.now() - random.int(1, 5) * 86_400_000),
    });
    made.push(row.id);
    // Preparers known only to the audit trail; a submit or an approveLevel is not preparation.
    for (let e = random.int(0, 2); e > 0; e--) {
      const system = random.next() < 0.5;
      await db.insert(auditEvents).values({
        at: new Date(Date.now() - random.int(0, 8) * 86_400_000),
        actorUserId: random.pick(people),
        entityType: system ? 'system' : 'dossier',
        entityId: system ? random.pick(covered).id : row.id,
        action: system ? random.pick(['update', 'approveLevel']) : random.pick(['update', 'attach', 'submit']),
        organisationId: operator.id,
      });
    }
  }
  // The events above were inserted, not appended: the preparers appendAuditEvents would have kept, recomputed.
  await refreshDossierPreparers(db, { dossierIds: made });
  return { orgs, people, roots };
}

test('on generated trees, each person\u2019s inbox is exactly what the policy allows, in order, paged', async () => {
  let nonEmpty = 0;
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
      const { orgs, people, roots } = await buildTree(seed);
      nonEmpty += await checkEveryone(people);

      // A designation saved afterwards: what save-designation refreshes is enough for every inbox to stay right.
      const random = randomOf(seed + 1);
      const free = orgs.filter((org) => !roots.includes(org));
      if (free.length === 0) return;
      const root = random.pick(free);
      await testDb.db.insert(designations).values({
        subtreeRootId: root.id,
        designatedOrganisationId: random.pick(orgs).id,
        validFrom: addCalendarDays(today, -1),
        validTo: null,
      });
      await refreshNextActors(testDb.db, regimes, today, { appraisedUnderPaths: [root.path] });
      await checkEveryone(people);
    }),
    { numRuns: 6 },
  );
  // The property says something: people did have work waiting.
  expect(nonEmpty).toBeGreaterThan(6);
}, 120_000);

test("every demo person's inbox is exactly what the policy lets them do", async () => {
  const rows = await testDb.db.select({ id: users.id }).from(users);
  await checkEveryone(rows.map((row) => row.id));
}, 60_000);
