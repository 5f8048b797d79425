import { z } from 'zod';
import { organisationCreateSchema } from '#shared/organisations/organisations.schemas.js';
import { recordCodeSchema } from '#shared/common/record-code.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import type { SheetRow } from './import-types.js';
import { placeOf, type IssueList } from './issue-list.js';
import type { OrgNode, OrgTree } from './org-tree.js';
import { changedFields, type RowChanges } from './row-changes.js';
import { listCode } from './workbook-layout.js';

const organisationRowSchema = organisationCreateSchema.omit({ parentId: true }).extend({ code: recordCodeSchema });
type OrganisationFields = z.output<typeof organisationRowSchema>;

export interface OrganisationCreation {
  row: number;
  node: OrgNode;
  fields: OrganisationFields;
}
export interface OrganisationUpdate {
  row: number;
  node: OrgNode & { existing: NonNullable<OrgNode['existing']> };
  after: Partial<Pick<OrganisationFields, 'kind' | 'name' | 'shortName' | 'place'> & { code: string }>;
}

export interface OrganisationPlan extends RowChanges {
  creations: OrganisationCreation[];
  updates: OrganisationUpdate[];
}

const at = (row: number, key: string) => placeOf('organisations', row, key);

interface Parsed {
  row: SheetRow;
  fields: OrganisationFields;
}

/**
 * Plans the "Đơn vị" sheet against the tree: each row matches a unit by its code, else by its name under its
 * parent, and updates it, or adds a unit under its parent. Parents may be units the file adds (in any row order),
 * so rows are placed in rounds until no more can be; a unit is never moved by a file (the tree screen moves it).
 */
export function planOrganisations(
  rows: SheetRow[],
  tree: OrgTree,
  actor: Actor,
  issues: IssueList,
  takenCodes: Set<string>,
) {
  const plan: OrganisationPlan = { creations: [], updates: [], unchanged: 0, changes: [] };
  const parsed = parseRows(rows, issues);
  const matched = new Map<string, number>();
  let pending = parsed;
  for (let progress = true; progress && pending.length > 0;) {
    const before = pending.length;
    pending = pending.filter((item) => !place(item));
    progress = pending.length < before;
  }
  for (const { row } of pending)
    issues.add(at(row.row, 'parent'), 'validation.onboarding.unknownOrganisation', {
      reference: row.cells.parent ?? '',
    });
  plan.creations.sort((a, b) => a.node.depth - b.node.depth);
  return plan;

  /** Places one row if its parent is known by now; false to try again in the next round. */
  function place({ row, fields }: Parsed): boolean {
    const reference = row.cells.parent ?? '';
    const byCode = fields.code ? tree.withCode(fields.code) : undefined;
    if (fields.code && !byCode && takenCodes.has(fields.code)) {
      issues.add(at(row.row, 'code'), 'validation.onboarding.codeTaken', { code: fields.code });
      return true;
    }
    if (byCode) {
      if (reference !== '' && !parentKnown(byCode, reference, row)) return false;
      keep(byCode, row, fields);
      return true;
    }
    if (reference === '') {
      const tops = tree.topsNamed(fields.name);
      if (tops.length === 1) keep(tops[0]!, row, fields);
      else issues.add(at(row.row, 'parent'), 'validation.onboarding.parentRequired');
      return true;
    }
    const resolved = tree.resolve(reference);
    if ('error' in resolved) {
      if (resolved.error === 'unknown') return false;
      issues.add(at(row.row, 'parent'), 'validation.onboarding.ambiguousOrganisation', { reference });
      return true;
    }
    const parent = resolved.node;
    const sibling = tree.childNamed(parent, fields.name);
    if (sibling?.existing) {
      if (sibling.code && fields.code && sibling.code !== fields.code)
        issues.add(at(row.row, 'code'), 'validation.onboarding.sameNameOtherCode', { code: sibling.code });
      else keep(sibling, row, fields);
      return true;
    }
    if (sibling) {
      issues.add(at(row.row, 'name'), 'validation.onboarding.duplicateInFile', { row: matched.get(sibling.id) ?? 0 });
      return true;
    }
    if (!parent.visible || !can(actor, 'organisation.create', parent.path)) {
      issues.add(at(row.row, 'parent'), 'validation.onboarding.notAdministered', { reference });
      return true;
    }
    const id = crypto.randomUUID();
    const node: OrgNode = {
      id,
      name: fields.name,
      code: fields.code || null,
      parent,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      visible: true,
    };
    tree.add(node);
    matched.set(id, row.row);
    plan.creations.push({ row: row.row, node, fields });
    plan.changes.push({
      sheet: 'organisations',
      row: row.row,
      key: fields.code || fields.name,
      action: 'create',
      fields: [],
    });
    return true;
  }

  /**
   * Whether the row's parent is known by now (false: try again in the next round). A parent other than the unit's
   * own would be a move, which a file does not make: that is a mistake on the row.
   */
  function parentKnown(node: OrgNode, reference: string, row: SheetRow): boolean {
    const resolved = tree.resolve(reference);
    if (!('error' in resolved)) {
      if (resolved.node.id !== node.parent?.id) issues.add(at(row.row, 'parent'), 'validation.onboarding.cannotMove');
      return true;
    }
    if (resolved.error === 'unknown') return false;
    issues.add(at(row.row, 'parent'), 'validation.onboarding.ambiguousOrganisation', { reference });
    return true;
  }

  /** The row names a unit that exists: the fields it changes, if the actor may change it. */
  function keep(node: OrgNode, row: SheetRow, fields: OrganisationFields) {
    const first = matched.get(node.id);
    if (first !== undefined) {
      issues.add(at(row.row, 'name'), 'validation.onboarding.duplicateInFile', { row: first });
      return;
    }
    matched.set(node.id, row.row);
    const existing = node.existing!;
    if (fields.code && node.code !== fields.code) tree.setCode(node, fields.code);
    const { code, ...rest } = fields;
    const after = changedFields(existing, { ...rest, ...(code ? { code } : {}) });
    if (Object.keys(after).length === 0) {
      plan.unchanged++;
      return;
    }
    if (!node.visible || !can(actor, 'organisation.update', node.path)) {
      issues.add(at(row.row, 'name'), 'validation.onboarding.notAdministered', { reference: node.name });
      return;
    }
    plan.updates.push({ row: row.row, node: node as OrganisationUpdate['node'], after });
    plan.changes.push({
      sheet: 'organisations',
      row: row.row,
      key: code || node.name,
      action: 'update',
      fields: Object.keys(after),
    });
  }
}

function parseRows(rows: SheetRow[], issues: IssueList): Parsed[] {
  const codes = new Map<string, number>();
  return rows.flatMap((row) => {
    const cells = row.cells;
    const fields = issues.parse(
      organisationRowSchema,
      {
        code: cells.code ?? '',
        name: cells.name ?? '',
        shortName: cells.shortName ?? '',
        kind: listCode('kind', cells.kind ?? '') ?? (cells.kind || undefined),
        place: cells.place ?? '',
      },
      (path) => at(row.row, String(path[0] ?? 'name')),
    );
    if (!fields) return [];
    if (fields.code) {
      const first = codes.get(fields.code);
      if (first !== undefined) {
        issues.add(at(row.row, 'code'), 'validation.onboarding.duplicateInFile', { row: first });
        return [];
      }
      codes.set(fields.code, row.row);
    }
    return [{ row, fields: { ...fields, kind: fields.kind } }];
  });
}
