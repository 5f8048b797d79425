import { z } from 'zod';
import { userCreateSchema, usernameSchema, type Role } from '#shared/users/users.schemas.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import type { AccountRow } from '../users/queries.js';
import { administers, administersAll, type HeldRole } from '../users/rules.js';
import type { SheetRow } from './import-types.js';
import { placeOf, type IssueList } from './issue-list.js';
import type { OrgNode, OrgTree } from './org-tree.js';
import { changedFields, type RowChanges } from './row-changes.js';
import { comparable, listCode } from './workbook-layout.js';

const personSchema = userCreateSchema.pick({ username: true, fullName: true, title: true, email: true, phone: true });
type Person = z.output<typeof personSchema>;

export interface ExistingPerson {
  account: AccountRow;
  held: HeldRole[];
}

export interface Grant {
  row: number;
  node: OrgNode;
  role: Role;
}

export interface PersonCreation {
  row: number;
  id: string;
  person: Person;
  grants: Grant[];
}
export interface PersonUpdate {
  row: number;
  existing: ExistingPerson;
  after: Partial<Omit<Person, 'username'>>;
}

export interface PeoplePlan extends RowChanges {
  creations: PersonCreation[];
  updates: PersonUpdate[];
  /** Roles given to people who exist (a new person's roles are in their creation). */
  grants: Array<Grant & { userId: string; organisationId: string }>;
  grantsUnchanged: number;
}

const at = (row: number, key: string) => placeOf('people', row, key);
const personKeys = ['fullName', 'title', 'email', 'phone'] as const;

/**
 * Plans the "Người dùng" sheet: one row per role, the person's own fields on the first of their rows (later rows
 * may leave them empty, or must agree). A username that exists updates that account, if the actor administers
 * every role it holds (otherwise it is somebody else's account: the name is taken), and gives it the roles it
 * lacks; a file never takes a role away. Roles follow the rules of the users screen (server/modules/users/rules.ts).
 */
export function planPeople(
  rows: SheetRow[],
  tree: OrgTree,
  actor: Actor,
  issues: IssueList,
  existing: Map<string, ExistingPerson>,
) {
  const plan: PeoplePlan = { creations: [], updates: [], grants: [], grantsUnchanged: 0, unchanged: 0, changes: [] };
  for (const group of groupByUsername(rows, issues)) {
    const [first] = group;
    const person = issues.parse(personSchema, { ...first!.cells, username: first!.cells.username }, (path) =>
      at(first!.row, String(path[0] ?? 'username')),
    );
    const agree = group.slice(1).every((row) => agrees(first!, row, issues));
    const grants = group.flatMap((row) => grantOf(row, tree, actor, issues));
    if (!person || !agree || grants.length !== group.length) continue;
    const account = existing.get(person.username);
    if (account) planExisting(plan, first!.row, person, account, grants, actor, issues);
    else {
      plan.creations.push({ row: first!.row, id: crypto.randomUUID(), person, grants: unique(grants) });
      plan.changes.push({ sheet: 'people', row: first!.row, key: person.username, action: 'create', fields: [] });
    }
  }
  return plan;
}

function planExisting(
  plan: PeoplePlan,
  row: number,
  person: Person,
  existing: ExistingPerson,
  grants: Grant[],
  actor: Actor,
  issues: IssueList,
) {
  if (!administersAll(actor, existing.held)) {
    issues.add(at(row, 'username'), 'validation.usernameTaken');
    return;
  }
  const held = new Set(existing.held.map((role) => `${role.organisationId}/${role.role}`));
  const missing = unique(grants).filter((grant) => !held.has(`${grant.node.id}/${grant.role}`));
  plan.grantsUnchanged += unique(grants).length - missing.length;
  plan.grants.push(
    ...missing.map((grant) => ({ ...grant, userId: existing.account.id, organisationId: grant.node.id })),
  );
  const { username: _username, ...fields } = person;
  const after = changedFields(existing.account, fields);
  const changed = Object.keys(after);
  if (changed.length > 0) plan.updates.push({ row, existing, after });
  if (changed.length === 0 && missing.length === 0) plan.unchanged++;
  else
    plan.changes.push({
      sheet: 'people',
      row,
      key: person.username,
      action: 'update',
      fields: [...changed, ...(missing.length > 0 ? ['memberships'] : [])],
    });
}

/** The rows of each username, in the order of their first row; a malformed username is a mistake on its row. */
function groupByUsername(rows: SheetRow[], issues: IssueList): SheetRow[][] {
  const groups = new Map<string, SheetRow[]>();
  for (const row of rows) {
    const username = issues.parse(usernameSchema, row.cells.username ?? '', () => at(row.row, 'username'));
    if (username !== undefined) groups.set(username, [...(groups.get(username) ?? []), row]);
  }
  return [...groups.values()];
}

/** A later row of the same person: each of their fields it fills must say what the first row says. */
function agrees(first: SheetRow, row: SheetRow, issues: IssueList): boolean {
  const differing = personKeys.filter((key) => {
    const value = row.cells[key] ?? '';
    return value !== '' && comparable(value) !== comparable(first.cells[key] ?? '');
  });
  for (const key of differing) issues.add(at(row.row, key), 'validation.onboarding.personDiffers', { row: first.row });
  return differing.length === 0;
}

/** The role a row grants, if the organisation is known and the actor may grant that role there. */
function grantOf(row: SheetRow, tree: OrgTree, actor: Actor, issues: IssueList): Grant[] {
  const reference = row.cells.organisation ?? '';
  const role = listCode('role', row.cells.role ?? '') as Role | undefined;
  if (!role) issues.add(at(row.row, 'role'), row.cells.role ? 'validation.invalidOption' : 'validation.required');
  if (reference === '') {
    issues.add(at(row.row, 'organisation'), 'validation.required');
    return [];
  }
  const resolved = tree.resolve(reference);
  if ('error' in resolved) {
    const key = resolved.error === 'unknown' ? 'unknownOrganisation' : 'ambiguousOrganisation';
    issues.add(at(row.row, 'organisation'), `validation.onboarding.${key}`, { reference });
    return [];
  }
  const node = resolved.node;
  if (!node.visible || !can(actor, 'organisation.read', node.path)) {
    issues.add(at(row.row, 'organisation'), 'validation.organisationNotInScope');
    return [];
  }
  if (!administers(actor, node.path)) {
    issues.add(at(row.row, 'organisation'), 'validation.onboarding.notAdministered', { reference });
    return [];
  }
  const adminThere = actor.memberships.some((m) => m.role === 'admin' && node.path.startsWith(m.path));
  if (role === 'admin' && !adminThere) {
    issues.add(at(row.row, 'role'), 'validation.onboarding.adminOnlyByAdmin');
    return [];
  }
  return role ? [{ row: row.row, node, role }] : [];
}

const unique = (grants: Grant[]) => [
  ...new Map(grants.map((grant) => [`${grant.node.id}/${grant.role}`, grant])).values(),
];
