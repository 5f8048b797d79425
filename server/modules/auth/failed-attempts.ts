import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/open-db.js';
import { users } from '../../db/schema/index.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import type { RecentFailures, ThrottleLimits } from './login-throttle.js';

/** What the owner is told at their next login (server side: a Date until presented). */
export interface FailedAttemptsNotice {
  count: number;
  lastAt: Date;
}

/**
 * A wrong password for an existing account: counted on the account for its owner's next login, and,
 * when the failures within the window reach the limit (and every further multiple of it), written to
 * the audit trail against the user, from the address that reached it.
 */
export async function noteFailure(
  tx: Tx,
  limits: ThrottleLimits,
  failure: { userId: string; ip: string; at: Date; before: RecentFailures },
): Promise<void> {
  await tx
    .update(users)
    .set({ failedAttempts: sql`${users.failedAttempts} + 1`, lastFailedAttemptAt: failure.at })
    .where(eq(users.id, failure.userId));
  const failures = failure.before.ofAccount.length + 1;
  if (failures % limits.LOGIN_MAX_FAILURES_PER_USER !== 0) return;
  const addresses = new Set([failure.ip, ...failure.before.ofAccount.map((earlier) => earlier.ip)]).size;
  await appendAuditEvent(tx, {
    actorUserId: null,
    actorIp: failure.ip,
    entityType: 'user',
    entityId: failure.userId,
    action: 'loginThrottled',
    organisationId: null,
    after: { failures, addresses, windowMinutes: limits.LOGIN_WINDOW_MINUTES },
    at: failure.at,
  });
}

/** At a successful login: the failures since the previous one, and the count starts again from zero. */
export async function takeFailedAttempts(tx: Tx, userId: string): Promise<FailedAttemptsNotice | undefined> {
  const [row] = await tx
    .select({ count: users.failedAttempts, lastAt: users.lastFailedAttemptAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!row || row.count === 0 || !row.lastAt) return undefined;
  await tx.update(users).set({ failedAttempts: 0, lastFailedAttemptAt: null }).where(eq(users.id, userId));
  return { count: row.count, lastAt: row.lastAt };
}
