import { eq, sql } from 'drizzle-orm';
import { expect, vi } from 'vitest';
import type { DeliveryByKind } from '#shared/notifications/notifications.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { notificationPreferences, notifications, users } from '#server/db/schema/index.js';
import { deliverNotifications, type NewNotification } from '#server/modules/notifications/deliver-notifications.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import type { TestApp } from '../../support/test-app.js';

/** How long a queued e-mail may take to leave (queues polled every half second in tests). */
export const EMAIL_TIMEOUT_MS = 20_000;

/** Gives a person an e-mail address (the demo's people have none). */
export async function setEmail(db: Db, userId: string, email: string): Promise<void> {
  await db.update(users).set({ email }).where(eq(users.id, userId));
}

/** A person's own delivery choices, as the account page would save them. */
export async function setDelivery(
  db: Db,
  userId: string,
  delivery: Partial<DeliveryByKind>,
  digestHour: number | null = null,
): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ userId, delivery, digestHour })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: { delivery, digestHour } });
}

/** Delivers notifications the one way the product does, in a transaction, with the app's own job queue. */
export function deliver(app: TestApp, items: NewNotification[]) {
  return app.db.transaction((tx) =>
    deliverNotifications(tx, { jobs: app.background.jobs, emailEnabled: app.background.mailer.enabled }, items),
  );
}

async function emailStateOf(db: Db, notificationId: string) {
  const [row] = await db
    .select({ emailState: notifications.emailState, emailedAt: notifications.emailedAt })
    .from(notifications)
    .where(eq(notifications.id, notificationId));
  return row;
}

/** Waits (polling) until the notification's e-mail has left 'queued', then returns its state. */
export async function settledEmailState(db: Db, notificationId: string, timeout = EMAIL_TIMEOUT_MS) {
  return vi.waitFor(
    async () => {
      const row = await emailStateOf(db, notificationId);
      expect(row?.emailState).not.toBe('queued');
      return row!;
    },
    { timeout, interval: 200 },
  );
}

/** The e-mail jobs pg-boss holds for a notification (its queue and the dead-letter one), oldest first. */
export function emailJobsOf(db: Db, notificationId: string) {
  return queryRows<{ name: string; state: string; retryCount: number; message: string | null }>(
    db,
    sql`select name, state::text as state, retry_count as "retryCount", output->>'message' as message
        from pgboss.job where data->>'notificationId' = ${notificationId} order by created_on`,
  );
}

let sequence = 0;
/** A key no other notification of the person holds: each test's notifications are its own. */
export const freshKey = (what: string) => `test:${what}:${++sequence}:${Date.now()}`;
