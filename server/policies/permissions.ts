import type { Role } from '#shared/users/users.schemas.js';

export const permissions = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'system.read',
  'system.create',
  'system.update',
  'dossier.read',
  'dossier.create',
  'dossier.update',
  'dossier.submit',
  'dossier.withdraw',
  'dossier.requestOpinion',
  'dossier.giveOpinion',
  'dossier.appraise',
  'dossier.approve',
  /** Regimes and the holiday calendar are shared by everyone: only admins of a top-level organisation. */
  'settings.update',
  /** Create and edit people and grant or revoke their roles (server/modules/users/rules.ts). */
  'user.administer',
  /** Read the audit trail of the subtree (server/modules/audit/list-audit-events.ts). */
  'audit.read',
] as const;
export type Permission = (typeof permissions)[number];

const readAll: Permission[] = ['organisation.read', 'system.read', 'dossier.read'];
const prepareDossiers: Permission[] = [
  'dossier.create',
  'dossier.update',
  'dossier.submit',
  'dossier.withdraw',
  'dossier.requestOpinion',
];

/**
 * The one permission matrix. A role held in an organisation grants these over its whole
 * subtree; a new role fails to compile until it is placed here. Separation of duties (who
 * prepared a dossier never reviews it) is checked per dossier by the dossier policy.
 */
export const roleGrants = {
  officer: [...readAll, 'system.create', 'system.update', ...prepareDossiers],
  appraiser: [...readAll, 'dossier.appraise', 'dossier.giveOpinion'],
  approver: [...readAll, 'dossier.approve', 'dossier.giveOpinion'],
  reporter: readAll,
  admin: [
    ...readAll,
    'organisation.create',
    'organisation.update',
    'system.create',
    'system.update',
    ...prepareDossiers,
    'settings.update',
    'user.administer',
    'audit.read',
  ],
} satisfies Record<Role, Permission[]>;

/**
 * What a role held in a designated security unit grants over the subtrees that unit is
 * designated for: its reviewers see, appraise and approve the units they are responsible for.
 */
export const designatedGrants = {
  officer: [],
  appraiser: [...readAll, 'dossier.appraise', 'dossier.giveOpinion'],
  approver: [...readAll, 'dossier.approve', 'dossier.giveOpinion'],
  reporter: [],
  admin: [],
} satisfies Record<Role, Permission[]>;
