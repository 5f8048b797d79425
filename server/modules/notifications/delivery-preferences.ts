import { inArray } from 'drizzle-orm';
import {
  notificationKinds,
  type DeliveryByKind,
  type NotificationDefaults,
} from '#shared/notifications/notifications.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { notificationDefaults, notificationPreferences } from '../../db/schema/index.js';

/**
 * What capdo does before an administrator chooses: the workflow's events and the clocks' reminders by e-mail at
 * once (someone must act), the slower calendar (inspections, yearly reports) in the daily digest.
 */
export const factoryDelivery: DeliveryByKind = {
  submitted: 'email',
  returned: 'email',
  appraised: 'email',
  approved: 'email',
  opinionRequested: 'email',
  dueSoon: 'email',
  overdue: 'email',
  inspectionDue: 'digest',
  reportDue: 'digest',
};

const fill = (chosen: Partial<DeliveryByKind>, base: DeliveryByKind): DeliveryByKind =>
  Object.fromEntries(notificationKinds.map((kind) => [kind, chosen[kind] ?? base[kind]])) as DeliveryByKind;

/** The administrators' defaults (the factory's where they chose nothing). */
export async function loadNotificationDefaults(db: Db | Tx): Promise<NotificationDefaults> {
  const [row] = await db.select().from(notificationDefaults);
  return {
    delivery: fill(row?.delivery ?? {}, factoryDelivery),
    digestHour: row?.digestHour ?? 7,
    dueSoonWorkingDays: row?.dueSoonWorkingDays ?? 2,
  };
}

export interface PersonDelivery {
  delivery: DeliveryByKind;
  digestHour: number;
}

/** Each person's delivery: their own choices over the defaults. */
export async function loadPersonDelivery(db: Db | Tx, userIds: string[]): Promise<Map<string, PersonDelivery>> {
  const defaults = await loadNotificationDefaults(db);
  const rows = userIds.length
    ? await db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, userIds))
    : [];
  const own = new Map(rows.map((row) => [row.userId, row]));
  return new Map(
    userIds.map((userId) => {
      const row = own.get(userId);
      return [
        userId,
        { delivery: fill(row?.delivery ?? {}, defaults.delivery), digestHour: row?.digestHour ?? defaults.digestHour },
      ];
    }),
  );
}
