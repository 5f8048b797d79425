import { eq, sql } from 'drizzle-orm';
import type {
  NotificationPreferences,
  NotificationPreferencesBody,
} from '#shared/notifications/notifications.schemas.js';
import type { Db } from '../../db/open-db.js';
import { notificationPreferences, users } from '../../db/schema/index.js';
import { loadPersonDelivery } from './delivery-preferences.js';

/** The person's delivery as it applies (their choices over the defaults), and whether e-mail can reach them. */
export async function loadOwnPreferences(
  db: Db,
  userId: string,
  emailEnabled: boolean,
): Promise<NotificationPreferences> {
  const [delivery, [person]] = await Promise.all([
    loadPersonDelivery(db, [userId]),
    db.select({ email: users.email }).from(users).where(eq(users.id, userId)),
  ]);
  const own = delivery.get(userId)!;
  return {
    delivery: own.delivery,
    digestHour: own.digestHour,
    emailAvailable: emailEnabled,
    hasEmail: Boolean(person?.email),
  };
}

/**
 * Records the person's own choices: the kinds given replace theirs, the others keep what they chose (or keep
 * following the defaults). One statement, merged in the database, so two tabs saving at once lose nothing.
 */
export async function saveOwnPreferences(db: Db, userId: string, body: NotificationPreferencesBody): Promise<void> {
  const digestHour = body.digestHour ?? null;
  await db
    .insert(notificationPreferences)
    .values({ userId, delivery: body.delivery, digestHour })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: {
        delivery: sql`${notificationPreferences.delivery} || excluded.delivery`,
        digestHour: sql`coalesce(excluded.digest_hour, ${notificationPreferences.digestHour})`,
        updatedAt: new Date(),
      },
    });
}
