import type { Session } from '#shared/auth/auth.schemas.js';
import type { User } from '#shared/users/users.schemas.js';

/** Who reports on a subtree: their home is the dashboard (docs/domain.md#what-each-person-sees-first). */
const dashboardRoles = new Set(['reporter', 'appraiser', 'approver', 'admin']);

export const seesDashboard = (user: User) => user.memberships.some((m) => dashboardRoles.has(m.role));

/**
 * The organisation the home dashboard shows when the URL names none. A reviewer's work is in the subtree they
 * review, not in their own unit's (a Sở with no systems of its own); anyone else's in the unit they work in.
 */
export const dashboardOrganisationId = (session: Session, working: { id: string } | null) =>
  session.reviewedSubtrees?.[0]?.organisationId ?? working?.id;
