import type { Organisation, OrganisationRef } from '#shared/organisations/organisations.schemas.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import { pathIds, type OrganisationRow } from './queries.js';

interface TreeContext {
  refs: Map<string, OrganisationRef>;
  childCounts: Map<string, number>;
}

export function presentOrganisation(row: OrganisationRow, actor: Actor, context: TreeContext): Organisation {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind,
    name: row.name,
    shortName: row.shortName,
    place: row.place,
    code: row.code,
    depth: row.depth,
    childCount: context.childCounts.get(row.id) ?? 0,
    ancestors: pathIds(row.path)
      .slice(0, -1)
      .map((id) => context.refs.get(id))
      .filter((ref): ref is OrganisationRef => Boolean(ref)),
    version: row.version,
    abilities: {
      update: can(actor, 'organisation.update', row.path),
      createChild: can(actor, 'organisation.create', row.path),
      createSystem: can(actor, 'system.create', row.path),
    },
  };
}
