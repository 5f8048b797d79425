import { inArray } from 'drizzle-orm';
import { recordCodeSchema } from '#shared/common/record-code.js';
import { usernameSchema } from '#shared/users/users.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { informationSystems, organisations, users } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';
import { accountColumns, loadHeldRoles } from '../users/queries.js';
import type { OnboardingPreviewResult, SheetRow, SheetRows } from './import-types.js';
import { IssueList } from './issue-list.js';
import { loadOrgTree, type OrgTree } from './org-tree.js';
import { planOrganisations, type OrganisationPlan } from './plan-organisations.js';
import { planPeople, type ExistingPerson, type PeoplePlan } from './plan-people.js';
import { headerOf } from './workbook-layout.js';
import { operatorAndName, planSystems, type KnownSystems, type SystemPlan } from './plan-systems.js';

export interface ImportPlan {
  organisations: OrganisationPlan;
  people: PeoplePlan;
  systems: SystemPlan;
  issues: IssueList;
}

/** What a preview shows of a plan: at most this many mistakes and changed rows (the counts say how many). */
const SHOWN_ISSUES = 1_000;
const SHOWN_CHANGES = 2_000;
/** inArray lists stay well under PostgreSQL's 65,535 bind parameters. */
const LOOKUP_CHUNK = 5_000;

/**
 * Plans a whole file against the data as it stands: units first (people and systems name them), then people,
 * then systems. Nothing is written; `issues` holds every mistake, by sheet, row and cell.
 */
export async function planImport(db: Db | Tx, actor: Actor, rows: SheetRows, issues = new IssueList()) {
  const tree = await loadOrgTree(db, inScope(organisations.path, actor, 'organisation.read'));
  const state = await loadState(db, tree, rows);
  const plan: ImportPlan = {
    organisations: planOrganisations(rows.organisations, tree, actor, issues, state.takenCodes),
    people: { creations: [], updates: [], grants: [], grantsUnchanged: 0, unchanged: 0, changes: [] },
    systems: { creations: [], updates: [], unchanged: 0, changes: [] },
    issues,
  };
  plan.people = planPeople(rows.people, tree, actor, issues, state.people);
  plan.systems = planSystems(rows.systems, tree, actor, issues, state.systems);
  return plan;
}

export function previewOf(plan: ImportPlan): OnboardingPreviewResult {
  const { organisations: orgs, people, systems } = plan;
  const sheetOrder = { organisations: 0, people: 1, systems: 2 };
  const issues = [...plan.issues.items].sort((a, b) => sheetOrder[a.sheet] - sheetOrder[b.sheet] || a.row - b.row);
  // The changed fields as the workbook heads their columns, so a person recognises them.
  const changes = [...orgs.changes, ...people.changes, ...systems.changes].map((change) => ({
    ...change,
    fields: change.fields.map((field) => headerOf(change.sheet, field === 'memberships' ? 'role' : field)),
  }));
  return {
    counts: {
      organisations: { created: orgs.creations.length, updated: orgs.updates.length, unchanged: orgs.unchanged },
      people: {
        created: people.creations.length,
        updated: people.changes.length - people.creations.length,
        unchanged: people.unchanged,
      },
      memberships: {
        granted: people.grants.length + people.creations.reduce((sum, person) => sum + person.grants.length, 0),
        unchanged: people.grantsUnchanged,
      },
      systems: { created: systems.creations.length, updated: systems.updates.length, unchanged: systems.unchanged },
    },
    issues: issues.slice(0, SHOWN_ISSUES),
    issueCount: issues.length,
    changes: changes.slice(0, SHOWN_CHANGES),
    changeCount: changes.length,
  };
}

async function loadState(db: Db | Tx, tree: OrgTree, rows: SheetRows) {
  const orgCodes = codesIn(rows.organisations).filter((code) => !tree.withCode(code));
  const takenCodes = new Set(
    (
      await inChunks(orgCodes, (chunk) =>
        db.select({ code: organisations.code }).from(organisations).where(inArray(organisations.code, chunk)),
      )
    ).map((row) => row.code!),
  );
  return { takenCodes, people: await loadPeople(db, rows.people), systems: await loadSystems(db, tree, rows.systems) };
}

async function loadPeople(db: Db | Tx, rows: SheetRow[]) {
  const usernames = [...new Set(rows.flatMap((row) => usernameSchema.safeParse(row.cells.username ?? '').data ?? []))];
  const accounts = await inChunks(usernames, (chunk) =>
    db.select(accountColumns).from(users).where(inArray(users.username, chunk)),
  );
  const held = await loadHeldRoles(
    db,
    accounts.map((account) => account.id),
  );
  return new Map<string, ExistingPerson>(
    accounts.map((account) => [account.username, { account, held: held.get(account.id) ?? [] }]),
  );
}

/** The systems a file may match: those with its codes, and those of the operators it names. */
async function loadSystems(db: Db | Tx, tree: OrgTree, rows: SheetRow[]): Promise<KnownSystems> {
  const operators = [
    ...new Set(
      rows.flatMap((row) => {
        const resolved = tree.resolve(row.cells.operator ?? '');
        return 'node' in resolved && resolved.node.existing ? [resolved.node.id] : [];
      }),
    ),
  ];
  const byCode = await inChunks(codesIn(rows), (chunk) =>
    db.select().from(informationSystems).where(inArray(informationSystems.code, chunk)),
  );
  const byOperator = await inChunks(operators, (chunk) =>
    db.select().from(informationSystems).where(inArray(informationSystems.operatorOrganisationId, chunk)),
  );
  return {
    byCode: new Map(byCode.map((system) => [system.code!, system])),
    byOperatorAndName: new Map(
      byOperator.map((system) => [operatorAndName(system.operatorOrganisationId, system.name), system]),
    ),
  };
}

const codesIn = (rows: SheetRow[]) => [
  ...new Set(rows.flatMap((row) => recordCodeSchema.safeParse(row.cells.code ?? '').data || [])),
];

async function inChunks<T, R>(values: T[], query: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < values.length; start += LOOKUP_CHUNK)
    results.push(...(await query(values.slice(start, start + LOOKUP_CHUNK))));
  return results;
}
