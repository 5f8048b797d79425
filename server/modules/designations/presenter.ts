import type { Designation } from '#shared/designations/designations.schemas.js';
import type { Actor } from '../../policies/actor.js';
import { canEditDesignation } from '../../policies/designation.policy.js';
import type { DesignationRow } from './queries.js';

const refOf = ({ id, name, shortName }: DesignationRow['root']) => ({ id, name, shortName });

export function presentDesignation({ designation, designated, root }: DesignationRow, actor: Actor): Designation {
  const editable = canEditDesignation(actor, root.path, designated.path);
  return {
    id: designation.id,
    designatedOrganisation: refOf(designated),
    subtreeRoot: refOf(root),
    validFrom: designation.validFrom,
    validTo: designation.validTo,
    note: designation.note,
    version: designation.version,
    abilities: { update: editable, delete: editable },
  };
}
