import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import type { User } from '#shared/users/users.schemas.js';
import { isApiError } from '../../../lib/api-error.js';

/**
 * Where the person may grant roles: the subtrees of their admin memberships. Only a hint for the pickers (other
 * units show greyed); the server decides (server/modules/users/rules.ts).
 */
export function administeredBy(user: User | null | undefined): (organisation: Organisation) => boolean {
  const adminAt = new Set(user?.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId));
  return (organisation) => adminAt.has(organisation.id) || organisation.ancestors.some((a) => adminAt.has(a.id));
}

/**
 * What a refused action says: a 409 from the account rules carries its reason as an issue ("the last
 * administrator of …"), which says more than the generic message.
 */
export function refusalText(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  return error.issues.length ? error.issues.map((issue) => issue.message).join(' ') : error.message;
}
