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
  /**
   * The subtrees the actor reviews (appraises or approves) through their unit's designations in force, in the
   * Vietnamese order of their names: a reviewer's home shows the first, not their own unit's (empty) subtree.
   */
  reviewedSubtrees?: Array<{ organisationId: string; organisationName: string }>;
  /** Where the request came from, recorded in audit events. */
  ip: string;
  /**
   * The reference version the request's session statement read (server/db/reference-cache.ts): what the process
   * keeps of that version may be read from memory. Absent outside a request (jobs, tools): read from the database.
   */
  referenceVersion?: number;
}

/** The organisation of the actor's membership nearest the root of the tree: the default subtree of their views. */
export const topOrganisationId = (actor: Actor): string | undefined =>
  [...actor.memberships].sort((a, b) => a.path.length - b.path.length)[0]?.organisationId;
