import { and, eq, isNull, sql } from 'drizzle-orm';
import type { UserUpdate } from '#shared/users/users.schemas.js';
import type { Db } from '../../db/open-db.js';
import { accountLinks, users } from '../../db/schema/index.js';
import { fieldError, HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf, changes } from '../audit/changes.js';
import { lockAccounts, requireAdminsRemain } from './admin-coverage.js';
import { endAllSessions } from './end-sessions.js';
import { loadHeldRoles, type AccountRow } from './queries.js';
import { refused, requireAccountAdministrator, type HeldRole } from './rules.js';

/**
 * Edits an account, guarded by the version the caller saw (409 stale_version), and with `active` deactivates it
 * (ending its sessions and voiding its unused links at once) or reactivates it. One transaction, with an audit
 * event for the edit and one for the change of state.
 */
export async function updateUser(db: Db, actor: Actor, seen: AccountRow, seenHeld: HeldRole[], input: UserUpdate) {
  requireAccountAdministrator(actor, seenHeld);
  const { version, active, ...fields } = input;
  const deactivating = active === false && seen.disabledAt === null;
  const reactivating = active === true && seen.disabledAt !== null;
  if (deactivating && seen.id === actor.userId) throw refused('active', 'validation.cannotDeactivateSelf');

  await db.transaction(async (tx) => {
    await lockAccounts(tx);
    // Read again under the lock: the roles the checks below rely on may have changed since.
    const held = (await loadHeldRoles(tx, [seen.id])).get(seen.id) ?? [];
    requireAccountAdministrator(actor, held);
    if (fields.username !== undefined && fields.username !== seen.username) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, fields.username));
      if (taken) throw fieldError('username', 'validation.usernameTaken');
    }
    const now = new Date();
    const [updated] = await tx
      .update(users)
      .set({
        ...fields,
        ...(deactivating ? { disabledAt: now } : {}),
        ...(reactivating ? { disabledAt: null } : {}),
        version: sql`${users.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(users.id, seen.id), eq(users.version, version)))
      .returning();
    if (!updated) throw new HttpError('stale_version');
    const event = { ...actorOf(actor), entityType: 'user', entityId: seen.id } as const;
    const organisationId = held[0]?.organisationId ?? null;
    const diff = changes(seen, fields);
    if (Object.keys(diff.after).length > 0)
      await appendAuditEvent(tx, { ...event, action: 'update', organisationId, ...diff });
    if (deactivating) {
      await requireAdminsRemain(tx, held, 'active');
      const sessionsEnded = await endAllSessions(tx, seen.id);
      await tx.delete(accountLinks).where(and(eq(accountLinks.userId, seen.id), isNull(accountLinks.usedAt)));
      await appendAuditEvent(tx, {
        ...event,
        action: 'deactivate',
        organisationId,
        before: { active: true },
        after: { active: false, sessionsEnded },
      });
    }
    if (reactivating) {
      await appendAuditEvent(tx, {
        ...event,
        action: 'reactivate',
        organisationId,
        before: { active: false },
        after: { active: true },
      });
    }
  });
}
