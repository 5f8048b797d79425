import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import type { User } from '#shared/users/users.schemas.js';

/**
 * The subtrees of the person's admin memberships: only those may be exported. A hint for the picker (other units
 * show greyed to keep the tree readable); the server decides.
 */
export function administeredBy(user: User | null | undefined): (organisation: Organisation) => boolean {
  const adminAt = new Set(user?.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId));
  return (organisation) => adminAt.has(organisation.id) || organisation.ancestors.some((a) => adminAt.has(a.id));
}
