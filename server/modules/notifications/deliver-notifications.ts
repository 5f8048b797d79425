import { and, inArray, isNull } from 'drizzle-orm';
import type { NotificationDetails, NotificationKind } from '#shared/notifications/notifications.schemas.js';
import type { Tx } from '../../db/open-db.js';
import { notifications, users } from '../../db/schema/index.js';
import type { Jobs } from '../../jobs/job-runtime.js';
import { loadPersonDelivery } from './delivery-preferences.js';
import { announceNotifications } from './notification-bus.js';

/** The queue whose jobs send one notification's e-mail (server/modules/notifications/email-jobs.ts). */
export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  dossierId: string | null;
  organisationId: string | null;
  details: NotificationDetails;
  /** Once per person and key: a reminder per step and threshold, a workflow event per audit event. */
  dedupeKey: string;
}

/** What delivery needs of the running server. */
export interface DeliveryContext {
  jobs: Jobs;
  /** SMTP is configured (server/mail/mailer.ts). */
  emailEnabled: boolean;
}

/**
 * Records notifications in the caller's transaction, each as its recipient chose: nothing for a kind they
 * turned off or an account that is disabled; the bell always; an e-mail job now (sent with the transaction)
 * or a place in the day's digest when SMTP is on and they have an address. A key already delivered to a
 * person is skipped, so a reminder or an event handled twice reaches nobody twice. The bells of the
 * people concerned update at the commit. Returns the rows written.
 */
export async function deliverNotifications(tx: Tx, context: DeliveryContext, items: NewNotification[]) {
  if (items.length === 0) return [];
  const userIds = [...new Set(items.map((item) => item.userId))];
  const [people, preferences] = await Promise.all([
    tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.id, userIds), isNull(users.disabledAt))),
    loadPersonDelivery(tx, userIds),
  ]);
  const emailOf = new Map(people.map((person) => [person.id, person.email]));
  const rows = items.flatMap((item) => {
    const mode = preferences.get(item.userId)?.delivery[item.kind] ?? 'off';
    if (mode === 'off' || !emailOf.has(item.userId)) return [];
    const canEmail = context.emailEnabled && emailOf.get(item.userId) !== '';
    const emailState = !canEmail || mode === 'app' ? 'none' : mode === 'email' ? 'queued' : 'digest';
    return [{ ...item, emailState }];
  });
  if (rows.length === 0) return [];
  const written = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning();
  for (const row of written)
    if (row.emailState === 'queued')
      await context.jobs.sendInTransaction(tx, NOTIFICATION_EMAIL_QUEUE, { notificationId: row.id });
  await announceNotifications(
    tx,
    written.map((row) => row.userId),
  );
  return written;
}
