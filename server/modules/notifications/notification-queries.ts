import { and, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { notifications } from '../../db/schema/index.js';
import { notFound } from '../../http/http-error.js';
import { announceNotifications } from './notification-bus.js';

export type NotificationRow = typeof notifications.$inferSelect;

/** The person's unread notifications, whatever page they look at (the bell's number). */
export async function countUnread(db: Db | Tx, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** One page of the person's own notifications, newest first, with the total and the unread count. */
export async function listOwnNotifications(
  db: Db,
  userId: string,
  query: { limit: number; offset: number; unread?: 'true' | 'false' | undefined },
) {
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (query.unread === 'true') conditions.push(isNull(notifications.readAt));
  const where = and(...conditions);
  const [items, [totalRow], unread] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(notifications).where(where),
    countUnread(db, userId),
  ]);
  return { items, total: totalRow?.total ?? 0, unread };
}

/**
 * Marks the person's notifications read: the ones named, or all of them. Naming one that is not theirs (or does
 * not exist) answers 404 and changes nothing, so nobody learns which ids belong to others. The person's other
 * tabs are told at the commit. Returns the unread count after.
 */
export async function markOwnNotificationsRead(db: Db, userId: string, ids: string[] | undefined): Promise<number> {
  return db.transaction(async (tx) => {
    const own = and(eq(notifications.userId, userId), ...(ids ? [inArray(notifications.id, ids)] : []));
    if (ids) {
      const [found] = await tx.select({ found: count() }).from(notifications).where(own);
      if ((found?.found ?? 0) !== new Set(ids).size) throw notFound();
    }
    const changed = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(own, isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (changed.length > 0) await announceNotifications(tx, [userId]);
    return countUnread(tx, userId);
  });
}
