import type { NotificationDefaults } from '#shared/notifications/notifications.schemas.js';
import type { Db } from '../../db/open-db.js';
import { notificationDefaults } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { loadNotificationDefaults } from './delivery-preferences.js';

/**
 * Replaces the defaults every person starts from, with the change in the audit trail (before and after whole, as
 * for the regimes and the holidays). A person's own choices stay theirs; only the kinds they left to the
 * defaults follow.
 */
export async function saveNotificationDefaults(db: Db, actor: Actor, defaults: NotificationDefaults): Promise<void> {
  await db.transaction(async (tx) => {
    // The one row made (with the factory's values) and locked first: of two administrators saving at once, the
    // second waits, so each audit event's "before" is what was really replaced.
    await tx.insert(notificationDefaults).values({ id: true }).onConflictDoNothing();
    await tx.select({ id: notificationDefaults.id }).from(notificationDefaults).for('update');
    const before = await loadNotificationDefaults(tx);
    const values = { ...defaults, updatedBy: actor.userId, updatedAt: new Date() };
    await tx
      .insert(notificationDefaults)
      .values({ id: true, ...values })
      .onConflictDoUpdate({ target: notificationDefaults.id, set: values });
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'notificationDefaults',
      entityId: 'defaults',
      action: 'update',
      organisationId: null,
      before,
      after: defaults,
    });
  });
}
