import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AccountLinkPurpose } from '#shared/users/users.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { accountLinks, users } from '../../db/schema/index.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { endAllSessions } from '../users/end-sessions.js';
import type { PasswordVerdict } from './password-attempt.js';

export interface LinkVerdict extends PasswordVerdict {
  username: string;
}

/** A link that works now: not used, not expired, of an active account. */
function usable(tokenHash: string, purpose: AccountLinkPurpose) {
  return and(
    eq(accountLinks.tokenHash, tokenHash),
    eq(accountLinks.purpose, purpose),
    isNull(accountLinks.usedAt),
    gt(accountLinks.expiresAt, new Date()),
    isNull(users.disabledAt),
  );
}

export async function findUsableLink(db: Db, tokenHash: string, purpose: AccountLinkPurpose) {
  const [link] = await db
    .select({ id: accountLinks.id })
    .from(accountLinks)
    .innerJoin(users, eq(users.id, accountLinks.userId))
    .where(usable(tokenHash, purpose));
  return link;
}

const failed: LinkVerdict = { succeeded: false, userId: null, username: '' };

/**
 * Uses a link, as the check of a throttled attempt (password-attempt.ts), so a made-up token counts as a failure
 * of its address as a wrong password does. In the attempt's transaction: the link is marked used and the person's
 * other unused links voided, the password set (and the account activated), every session of the person ended (a
 * reset is what someone does who fears another knows their password), and the event recorded. A failure names no
 * account: noteFailure (failed-attempts.ts) has nobody to tell.
 */
export function useLinkCheck(link: {
  tokenHash: string;
  purpose: AccountLinkPurpose;
  passwordHash: string;
  ip: string;
}) {
  return async (tx: Tx): Promise<LinkVerdict> => {
    if (!link.passwordHash) return failed;
    const [found] = await tx
      .select({ id: accountLinks.id, userId: users.id, username: users.username, activatedAt: users.activatedAt })
      .from(accountLinks)
      .innerJoin(users, eq(users.id, accountLinks.userId))
      .where(usable(link.tokenHash, link.purpose))
      .for('update');
    if (!found) return failed;
    const now = new Date();
    await tx.update(accountLinks).set({ usedAt: now }).where(eq(accountLinks.id, found.id));
    await tx.delete(accountLinks).where(and(eq(accountLinks.userId, found.userId), isNull(accountLinks.usedAt)));
    await tx
      .update(users)
      .set({ passwordHash: link.passwordHash, activatedAt: found.activatedAt ?? now })
      .where(eq(users.id, found.userId));
    const sessionsEnded = await endAllSessions(tx, found.userId);
    const event = { actorUserId: found.userId, actorIp: link.ip, entityType: 'user', entityId: found.userId } as const;
    // The organisation is left empty: the person acts on their own account, which belongs to no one subtree.
    if (link.purpose === 'activate') await appendAuditEvent(tx, { ...event, action: 'activate', organisationId: null });
    else {
      await appendAuditEvent(tx, { ...event, action: 'resetPassword', organisationId: null, after: { sessionsEnded } });
    }
    return { succeeded: true, userId: found.userId, username: found.username };
  };
}
