import { formatDateVi } from '#shared/common/text.js';
import { translate, type Locale } from '#shared/i18n/translate.js';
import type { NotificationDetails, NotificationKind } from '#shared/notifications/notifications.schemas.js';
import { MailComposer, publicLink, type MailField } from '../../mail/compose-mail.js';
import type { MailMessage } from '../../mail/mailer.js';
import { notificationLink } from './notification-link.js';

/** A notification as its e-mail needs it: what happened, frozen in its details when it was made. */
export interface EmailNotification {
  kind: NotificationKind;
  dossierId: string | null;
  details: NotificationDetails;
}

export interface Addressee {
  email: string;
  fullName: string;
}

export interface EmailSettings {
  /** PUBLIC_URL: where people open capdo; unset, the message names the page to open instead of linking it. */
  publicUrl: string | undefined;
  /** Vietnamese unless a test asks otherwise: the people capdo writes to read Vietnamese. */
  locale?: Locale;
}

/** What every message about a notification shows, in a single e-mail or as one entry of the daily digest. */
export interface DescribedNotification {
  title: string;
  lead: string;
  fields: MailField[];
  /** The web app's page, and its full address when PUBLIC_URL is known. */
  path: string;
  url: string | null;
}

const reportKeys = ['nd331Internal', 'nd331Ministry', 'nd85Yearly'];

/** The due date, with the working days left or late when the reminder counted them. */
function dueText(t: (key: string, vars?: Record<string, string | number>) => string, item: EmailNotification) {
  const { dueOn, workingDays } = item.details;
  if (!dueOn) return '';
  const date = formatDateVi(dueOn);
  if (workingDays === undefined) return date;
  if (item.kind === 'dueSoon')
    return workingDays > 0 ? t('dueLeft', { date, count: workingDays }) : t('dueToday', { date });
  if (item.kind === 'overdue') return t('dueLate', { date, count: Math.abs(workingDays) });
  return date;
}

const dueLabel = (kind: NotificationKind) =>
  kind === 'inspectionDue' ? 'field.inspectionDueOn' : kind === 'reportDue' ? 'field.reportDueOn' : 'field.dueOn';

/**
 * Names what the notification is about (the dossier, its unit, its systems), the step (the status's label from the
 * web app's catalogue), the due date when there is one, who acted and what they wrote, and where to open it.
 */
export function describeNotification(item: EmailNotification, settings: EmailSettings): DescribedNotification {
  const locale = settings.locale ?? 'vi';
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, `email.${key}`, vars);
  const { details, kind } = item;
  const systems = (details.systemNames ?? []).join(', ');
  const report =
    details.reportKey && reportKeys.includes(details.reportKey) ? t(`report.${details.reportKey}`) : t('someReport');
  const subject =
    kind === 'reportDue'
      ? report
      : kind === 'inspectionDue'
        ? systems || (details.organisationName ?? '')
        : (details.dossierTitle ?? details.organisationName ?? '');
  const path = notificationLink(item);
  return {
    title: t(`title.${kind}`, { subject }),
    lead: t(`lead.${kind}`),
    fields: [
      { label: t('field.dossier'), value: details.dossierTitle ?? '' },
      { label: t('field.report'), value: kind === 'reportDue' ? report : '' },
      { label: t('field.systems'), value: systems },
      { label: t('field.unit'), value: details.organisationName ?? '' },
      {
        label: t('field.step'),
        value: details.status ? translate(locale, `ui.dossier.status.${details.status}`) : '',
      },
      { label: t(dueLabel(kind)), value: dueText(t, item) },
      { label: t('field.actor'), value: details.actorName ?? '' },
      { label: t(kind === 'returned' ? 'field.reason' : 'field.comment'), value: details.comment ?? '' },
    ],
    path,
    url: publicLink(settings.publicUrl, path),
  };
}

/** The account page, where each person chooses how they are notified. */
const PREFERENCES_PATH = '/account';

/** Why the person receives a message and where they change that: the small print of every notification e-mail. */
export function notificationFooter(settings: EmailSettings, why: string): string[] {
  const locale = settings.locale ?? 'vi';
  const url = publicLink(settings.publicUrl, PREFERENCES_PATH);
  return [
    why,
    url
      ? translate(locale, 'email.footer.preferences', { url })
      : translate(locale, 'email.footer.preferencesRelative', { path: PREFERENCES_PATH }),
    translate(locale, 'email.footer.noReply'),
  ];
}

/** Where to open it: a link when capdo's address is known, otherwise the page to open after logging in. */
export function addLink(mail: MailComposer, described: DescribedNotification, locale: Locale): MailComposer {
  return mail.link(
    translate(locale, 'email.open'),
    described.url,
    translate(locale, 'email.openRelative', { path: described.path }),
  );
}

/** The e-mail sent at once for one notification (the 'email' delivery mode), in Vietnamese, text and HTML. */
export function notificationEmail(recipient: Addressee, item: EmailNotification, settings: EmailSettings): MailMessage {
  const locale = settings.locale ?? 'vi';
  const described = describeNotification(item, settings);
  const mail = new MailComposer()
    .paragraph(translate(locale, 'email.greeting', { name: recipient.fullName }))
    .paragraph(described.lead)
    .fields(described.fields);
  return addLink(mail, described, locale)
    .footer(notificationFooter(settings, translate(locale, 'email.footer.why')))
    .build(recipient.email, translate(locale, 'email.subject', { title: described.title }));
}
