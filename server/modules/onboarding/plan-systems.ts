import { z } from 'zod';
import { recordCodeSchema } from '#shared/common/record-code.js';
import { informationTypes, systemCreateSchema, type InformationType } from '#shared/systems/systems.schemas.js';
import { levelRelevantChanges, type RedeterminationReason } from '#shared/systems/redetermination.js';
import type { informationSystems } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import type { SheetRow } from './import-types.js';
import { placeOf, type IssueList } from './issue-list.js';
import type { OrgNode, OrgTree } from './org-tree.js';
import { changedFields, type RowChanges } from './row-changes.js';
import { comparable, listCode } from './workbook-layout.js';

export type StoredSystem = typeof informationSystems.$inferSelect;

const systemRowSchema = systemCreateSchema
  .omit({ ownerOrganisationId: true, operatorOrganisationId: true })
  .extend({ code: recordCodeSchema });
type SystemFields = z.output<typeof systemRowSchema> & { ownerOrganisationId: string; operatorOrganisationId: string };

export interface SystemCreation {
  row: number;
  id: string;
  fields: SystemFields;
}
export interface SystemUpdate {
  row: number;
  existing: StoredSystem;
  after: Partial<SystemFields>;
  /** Level-relevant facts of an approved system changed: why its level must be determined again. */
  reasons: RedeterminationReason[];
}
export interface SystemPlan extends RowChanges {
  creations: SystemCreation[];
  updates: SystemUpdate[];
}

/** The systems a file may match: by code (anywhere: codes are unique) and by operator and name. */
export interface KnownSystems {
  byCode: Map<string, StoredSystem>;
  byOperatorAndName: Map<string, StoredSystem>;
}
export const operatorAndName = (operatorId: string, name: string) => `${operatorId}/${comparable(name)}`;

const at = (row: number, key: string) => placeOf('systems', row, key);
const counts = ['internalUserCount', 'externalUserCount', 'basicDataSubjects', 'sensitiveDataSubjects'] as const;

/**
 * Plans the "Hệ thống thông tin" sheet: a row matches a system by its code, else by its name at its operator, and
 * updates it, or registers a new one. The operator must be a unit the actor registers systems for, and the owner
 * (chủ quản) the operator itself or a body above it, as on the system form.
 */
export function planSystems(rows: SheetRow[], tree: OrgTree, actor: Actor, issues: IssueList, known: KnownSystems) {
  const plan: SystemPlan = { creations: [], updates: [], unchanged: 0, changes: [] };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const fields = parseRow(row, tree, issues);
    if (!fields) continue;
    const key = fields.code || operatorAndName(fields.operatorOrganisationId, fields.name);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add(at(row.row, fields.code ? 'code' : 'name'), 'validation.onboarding.duplicateInFile', { row: first });
      continue;
    }
    seen.set(key, row.row);
    const stored = fields.code
      ? (known.byCode.get(fields.code) ??
        known.byOperatorAndName.get(operatorAndName(fields.operatorOrganisationId, fields.name)))
      : known.byOperatorAndName.get(key);
    if (stored && fields.code && stored.code && stored.code !== fields.code) {
      issues.add(at(row.row, 'code'), 'validation.onboarding.sameNameOtherCode', { code: stored.code });
      continue;
    }
    const operator = tree.get(fields.operatorOrganisationId)!;
    if (stored) planUpdate(plan, row, fields, stored, operator, tree, actor, issues);
    else if (!can(actor, 'system.create', operator.path))
      issues.add(at(row.row, 'operator'), 'validation.onboarding.notAdministered', { reference: operator.name });
    else {
      plan.creations.push({ row: row.row, id: crypto.randomUUID(), fields });
      plan.changes.push({
        sheet: 'systems',
        row: row.row,
        key: fields.code || fields.name,
        action: 'create',
        fields: [],
      });
    }
  }
  return plan;
}

function planUpdate(
  plan: SystemPlan,
  row: SheetRow,
  fields: SystemFields,
  stored: StoredSystem,
  operator: OrgNode,
  tree: OrgTree,
  actor: Actor,
  issues: IssueList,
) {
  const storedOperator = tree.get(stored.operatorOrganisationId);
  if (!storedOperator?.visible || !can(actor, 'system.update', storedOperator.path)) {
    issues.add(at(row.row, 'code'), 'validation.onboarding.codeTaken', { code: fields.code });
    return;
  }
  const { code, informationTypes: types, ...rest } = fields;
  const sameTypes = [...types].sort().join() === [...stored.informationTypes].sort().join();
  const after = changedFields(stored, {
    ...rest,
    ...(code ? { code } : {}),
    ...(sameTypes ? {} : { informationTypes: types }),
  });
  if (Object.keys(after).length === 0) {
    plan.unchanged++;
    return;
  }
  if (after.operatorOrganisationId && !can(actor, 'system.create', operator.path)) {
    issues.add(at(row.row, 'operator'), 'validation.onboarding.notAdministered', { reference: operator.name });
    return;
  }
  const reasons = stored.approvedLevel === null ? [] : levelRelevantChanges(stored, { ...stored, ...after });
  plan.updates.push({ row: row.row, existing: stored, after, reasons });
  plan.changes.push({
    sheet: 'systems',
    row: row.row,
    key: code || stored.name,
    action: 'update',
    fields: Object.keys(after),
  });
}

function parseRow(row: SheetRow, tree: OrgTree, issues: IssueList): SystemFields | undefined {
  const cells = row.cells;
  const typeCells = (cells.informationTypes ?? '')
    .split(/[;,\n]/)
    .map((text) => text.trim())
    .filter(Boolean);
  const types = typeCells.map((text) => listCode('informationType', text));
  if (types.some((type) => type === undefined))
    issues.add(at(row.row, 'informationTypes'), 'validation.onboarding.unknownInformationType', {
      allowed: informationTypes.length,
    });
  const fields = issues.parse(
    systemRowSchema,
    {
      code: cells.code ?? '',
      name: cells.name ?? '',
      systemType: listCode('systemType', cells.systemType ?? '') ?? (cells.systemType || undefined),
      informationTypes: types.filter((type): type is InformationType => type !== undefined),
      ...Object.fromEntries(counts.map((key) => [key, countOf(cells[key] ?? '')])),
      address: cells.address ?? '',
      description: cells.description ?? '',
      status: cells.status ? (listCode('systemStatus', cells.status) ?? cells.status) : undefined,
    },
    (path) => at(row.row, String(path[0] ?? 'name')),
  );
  const operator = organisationOf(row, 'operator', tree, issues);
  const owner = organisationOf(row, 'owner', tree, issues);
  if (!fields || !operator || !owner || types.some((type) => type === undefined)) return undefined;
  if (!operator.path.startsWith(owner.path)) {
    issues.add(at(row.row, 'owner'), 'validation.ownerNotAncestor');
    return undefined;
  }
  return { ...fields, operatorOrganisationId: operator.id, ownerOrganisationId: owner.id };
}

function organisationOf(row: SheetRow, key: 'operator' | 'owner', tree: OrgTree, issues: IssueList) {
  const reference = row.cells[key] ?? '';
  if (reference === '') {
    issues.add(at(row.row, key), 'validation.required');
    return undefined;
  }
  const resolved = tree.resolve(reference);
  if (!('error' in resolved)) return resolved.node;
  const error = resolved.error === 'unknown' ? 'unknownOrganisation' : 'ambiguousOrganisation';
  issues.add(at(row.row, key), `validation.onboarding.${error}`, { reference });
  return undefined;
}

/** A count as people type it: digits, with "." or "," or spaces between thousands ("12.500"); blank is 0. */
function countOf(cell: string): number | string {
  if (cell === '') return 0;
  const digits = /^\d{1,3}([.,\s]\d{3})+$/.test(cell) ? cell.replace(/[.,\s]/g, '') : cell;
  return /^\d+$/.test(digits) ? Number(digits) : cell;
}
