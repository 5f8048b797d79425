import type { TFunction } from 'i18next';
import { reportDueDateSchema } from '#shared/reports/reports.schemas.js';
import type { Notification } from '#shared/notifications/notifications.schemas.js';
import { formatDate } from '../../../lib/format.js';

export interface NotificationText {
  /** One sentence saying what happened, from the names as they were when it happened. */
  headline: string;
  /** What else it names: the dossier's title, a return's reason, who acted. */
  details: string[];
}

const reportKeySchema = reportDueDateSchema.shape.key;

/** The headline of one kind, from the notification's frozen details. */
function headlineOf(t: TFunction, { kind, details }: Notification): string {
  const organisation = details.organisationName ?? t('ui.notifications.someUnit');
  const date = formatDate(details.dueOn);
  // The reminders count late days as they like (positive or negative): the sentence says how many.
  const count = Math.abs(details.workingDays ?? 0);
  switch (kind) {
    case 'dueSoon':
      return count > 0
        ? t('ui.notifications.message.dueSoon', { organisation, count, date })
        : t('ui.notifications.message.dueToday', { organisation, date });
    case 'overdue':
      return t('ui.notifications.message.overdue', { organisation, count, date });
    case 'inspectionDue': {
      const system = details.systemNames?.join('; ') || t('ui.notifications.someSystem');
      return t('ui.notifications.message.inspectionDue', { system, organisation, date });
    }
    case 'reportDue': {
      const report = reportKeySchema.safeParse(details.reportKey);
      return report.success
        ? t('ui.notifications.message.reportDue', { report: t(`reports.dueDate.${report.data}`, { date }) })
        : t('ui.notifications.message.reportDueOn', { date });
    }
    default:
      return t(`ui.notifications.message.${kind}`, { organisation });
  }
}

/** What a notification says in the person's language (the catalogue's `ui.notifications`). */
export function notificationText(t: TFunction, notification: Notification): NotificationText {
  const { details, kind } = notification;
  const reminder = kind === 'dueSoon' || kind === 'overdue' || kind === 'inspectionDue' || kind === 'reportDue';
  const lines: Array<string | false | undefined> = [
    details.dossierTitle,
    // A workflow step opens with its due date; the reminders already say theirs.
    !reminder && details.dueOn && t('ui.notifications.dueOn', { date: formatDate(details.dueOn) }),
    kind === 'returned' && details.comment && t('ui.notifications.returnReason', { reason: details.comment }),
    !reminder && details.actorName ? t('ui.notifications.byPerson', { name: details.actorName }) : undefined,
  ];
  return { headline: headlineOf(t, notification), details: lines.filter((line): line is string => Boolean(line)) };
}
