import type { Session } from '#shared/auth/auth.schemas.js';
import type { User } from '#shared/users/users.schemas.js';
import type { Actor } from '../../policies/actor.js';
import type { FailedAttemptsNotice } from './failed-attempts.js';

function presentUser(actor: Actor): User {
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

export function presentSession(actor: Actor, csrfToken: string, notice: FailedAttemptsNotice | undefined): Session {
  return {
    user: presentUser(actor),
    csrfToken,
    reviewedSubtrees: actor.reviewedSubtrees ?? [],
    ...(notice ? { failedAttempts: { count: notice.count, lastAt: notice.lastAt.toISOString() } } : {}),
  };
}
