import { compareVietnamese } from '#shared/common/vietnamese-order.js';
import { asc, eq, like, or } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { informationSystems, memberships, organisations, users } from '../../db/schema/index.js';
import { loadOrgTree, referenceOf, type OrgNode } from './org-tree.js';
import type { WorkbookRows } from './write-workbook.js';
import { listLabel } from './workbook-layout.js';

/**
 * The organisations, people (one row per role held inside) and systems (operated inside) of the subtrees under
 * these paths, in the template's layout: units and people named as the import reads them (code, else the names
 * from the top of the tree), so that an export edited and imported again changes only what was edited.
 */
export async function exportOnboardingRows(db: Db, roots: string[]): Promise<WorkbookRows> {
  const under = or(...roots.map((path) => like(organisations.path, `${path}%`)))!;
  const tree = await loadOrgTree(db, under);
  const nodes = tree.visibleNodes();
  const order = (node: OrgNode) => `${String(node.depth).padStart(3, '0')} ${referenceOf(node)}`;
  nodes.sort((a, b) => compareVietnamese(order(a), order(b)));

  const roles = await db
    .select({ user: users, organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(under)
    .orderBy(asc(users.username), asc(memberships.role));
  const systems = await db
    .select({ system: informationSystems })
    .from(informationSystems)
    .innerJoin(organisations, eq(organisations.id, informationSystems.operatorOrganisationId))
    .where(under)
    .orderBy(asc(informationSystems.name));
  return {
    organisations: nodes.map((node) => ({
      code: node.code ?? '',
      name: node.name,
      shortName: node.existing!.shortName,
      kind: listLabel('kind', node.existing!.kind),
      place: node.existing!.place,
      parent: node.parent ? referenceOf(node.parent) : '',
    })),
    people: roles.map(({ user, organisationId, role }) => ({
      username: user.username,
      fullName: user.fullName,
      title: user.title,
      email: user.email,
      phone: user.phone,
      organisation: referenceOf(tree.get(organisationId)!),
      role: listLabel('role', role),
    })),
    systems: systems.map(({ system }) => ({
      code: system.code ?? '',
      name: system.name,
      operator: referenceOf(tree.get(system.operatorOrganisationId)!),
      owner: referenceOf(tree.get(system.ownerOrganisationId)!),
      systemType: listLabel('systemType', system.systemType),
      informationTypes: system.informationTypes.map((type) => listLabel('informationType', type)).join('; '),
      internalUserCount: system.internalUserCount,
      externalUserCount: system.externalUserCount,
      basicDataSubjects: system.basicDataSubjects,
      sensitiveDataSubjects: system.sensitiveDataSubjects,
      address: system.address,
      description: system.description,
      status: listLabel('systemStatus', system.status),
    })),
  };
}
