import type { UserAccount } from '#shared/users/users.schemas.js';
import type { Actor } from '../../policies/actor.js';
import type { AccountRow } from './queries.js';
import { administers, administersAll, type HeldRole } from './rules.js';

/**
 * An account as the caller may see it: only the roles it holds where the caller administers (the others would
 * name units outside the caller's reach), and the abilities the web app shows buttons from.
 */
export function presentUserAccount(row: AccountRow, held: readonly HeldRole[], actor: Actor): UserAccount {
  const manages = administersAll(actor, held);
  const active = row.disabledAt === null;
  const activated = row.activatedAt !== null;
  const others = row.id !== actor.userId;
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    title: row.title,
    email: row.email,
    phone: row.phone,
    active,
    activated,
    createdAt: row.createdAt.toISOString(),
    memberships: held
      .filter((role) => administers(actor, role.path))
      .map((role) => ({
        id: role.membershipId,
        organisationId: role.organisationId,
        organisationName: role.organisationName,
        role: role.role,
        // A person's only role is never revoked (deactivate them instead); the last admin is refused when tried.
        abilities: { revoke: held.length > 1 },
      })),
    version: row.version,
    abilities: {
      update: manages,
      deactivate: manages && active && others,
      reactivate: manages && !active,
      issueActivationLink: manages && active && !activated && others,
      issueResetLink: manages && active && activated && others,
    },
  };
}
