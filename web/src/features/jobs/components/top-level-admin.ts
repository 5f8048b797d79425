import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import type { User } from '#shared/users/users.schemas.js';

/**
 * Is the person an administrator of a top-level organisation (a province, or the root of a deployment)? Only they
 * see the background jobs, which serve every unit. The API sends no ability for it, so the screen decides from the
 * session and the organisations, as the holidays screen does; a hint only, the server decides.
 */
export function administersTopLevel(user: User | null | undefined, organisations: readonly Organisation[]) {
  const adminAt = new Set(user?.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId));
  return organisations.some((o) => o.parentId === null && adminAt.has(o.id));
}
