import type { User } from '#shared/users/users.schemas.js';
import type { Actor } from '../../policies/actor.js';

export function presentUser(actor: Actor): User {
  return {
    id: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    memberships: actor.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      role: m.role,
    })),
  };
}
