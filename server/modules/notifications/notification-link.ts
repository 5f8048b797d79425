import type { NotificationDetails, NotificationKind } from '#shared/notifications/notifications.schemas.js';

/** What a notification's link is made of. */
export interface LinkedNotification {
  kind: NotificationKind;
  dossierId: string | null;
  details: Pick<NotificationDetails, 'systemId'>;
}

/**
 * The page of the web app a notification opens: its dossier, the system whose inspection is due, or the reports page
 * (the same rule as the notifications API's `link`, notification-presenter.ts).
 */
export function notificationLink(notification: LinkedNotification): string {
  if (notification.dossierId) return `/dossiers/${notification.dossierId}`;
  if (notification.kind === 'inspectionDue')
    return notification.details.systemId ? `/systems/${notification.details.systemId}` : '/systems';
  if (notification.kind === 'reportDue') return '/reports';
  return '/';
}
