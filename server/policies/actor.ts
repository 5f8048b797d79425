import type { Role } from '#shared/users/users.schemas.js';
import type { Permission } from './permissions.js';

/** A grant: some permissions over every organisation whose path starts with `path`. */
export interface Grant {
  path: string;
  permissions: ReadonlySet<Permission>;
}

export interface ActorMembership {
  organisationId: string;
  organisationName: string;
  path: string;
  role: Role;
}

/** The authenticated person, as every policy and query sees them. */
export interface Actor {
  userId: string;
  username: string;
  fullName: string;
  memberships: ActorMembership[];
  grants: Grant[];
  /** Where the request came from, recorded in audit events. */
  ip: string;
}
