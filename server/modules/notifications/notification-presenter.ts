import type { Notification } from '#shared/notifications/notifications.schemas.js';
import { notificationLink } from './notification-link.js';
import type { NotificationRow } from './notification-queries.js';

export const presentNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
  dossierId: row.dossierId,
  organisationId: row.organisationId,
  details: row.details,
  // The same page its e-mail links to.
  link: notificationLink(row),
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});
