import type { Role } from '../../shared/users/users.schemas.js';

export const permissions = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'system.read',
  'system.create',
  'system.update',
] as const;
export type Permission = (typeof permissions)[number];

const readAll: Permission[] = ['organisation.read', 'system.read'];

/**
 * The one permission matrix. A role held in an organisation grants these over its whole
 * subtree; a new role fails to compile until it is placed here.
 */
export const roleGrants = {
  officer: [...readAll, 'system.create', 'system.update'],
  appraiser: readAll,
  approver: readAll,
  reporter: readAll,
  admin: [...readAll, 'organisation.create', 'organisation.update', 'system.create', 'system.update'],
} satisfies Record<Role, Permission[]>;

/**
 * What a role held in a designated security unit grants over the subtrees that unit is
 * designated for (its reviewers must see the units whose dossiers they appraise).
 */
export const designatedGrants = {
  officer: [],
  appraiser: readAll,
  approver: readAll,
  reporter: [],
  admin: [],
} satisfies Record<Role, Permission[]>;
