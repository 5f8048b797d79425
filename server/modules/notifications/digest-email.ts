import { formatDateVi } from '#shared/common/text.js';
import { translate } from '#shared/i18n/translate.js';
import { MailComposer } from '../../mail/compose-mail.js';
import type { MailMessage } from '../../mail/mailer.js';
import {
  addLink,
  describeNotification,
  notificationFooter,
  type Addressee,
  type EmailNotification,
  type EmailSettings,
} from './notification-email.js';

/** Overdue steps listed in one digest; the rest are counted ("and 12 more"). */
const DIGEST_OVERDUE_SHOWN = 50;

export interface DigestContent {
  /** The day (YYYY-MM-DD, Vietnam) and the hour it is sent at. */
  today: string;
  hour: number;
  /** The notifications that waited for the digest, oldest first. */
  notifications: EmailNotification[];
  /** The steps in the person's inbox past their due date now, as overdue notifications would describe them. */
  overdue: EmailNotification[];
}

/**
 * The daily digest: one e-mail with every notification the person chose to receive this way, then the steps
 * waiting for them that are overdue today (a standing list, not a one-off reminder). Vietnamese, text and HTML.
 */
export function digestEmail(recipient: Addressee, content: DigestContent, settings: EmailSettings): MailMessage {
  const locale = settings.locale ?? 'vi';
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, `email.${key}`, vars);
  const mail = new MailComposer().paragraph(t('greeting', { name: recipient.fullName })).paragraph(t('digest.intro'));
  const section = (heading: string, items: EmailNotification[]) => {
    mail.heading(heading);
    for (const item of items) {
      const described = describeNotification(item, settings);
      addLink(mail.paragraph(described.title).fields(described.fields), described, locale);
    }
  };
  if (content.notifications.length)
    section(t('digest.notifications', { count: content.notifications.length }), content.notifications);
  if (content.overdue.length) {
    section(t('digest.overdue', { count: content.overdue.length }), content.overdue.slice(0, DIGEST_OVERDUE_SHOWN));
    const more = content.overdue.length - DIGEST_OVERDUE_SHOWN;
    if (more > 0) mail.paragraph(t('digest.more', { count: more }));
  }
  return mail
    .footer(notificationFooter(settings, t('footer.whyDigest', { hour: content.hour })))
    .build(recipient.email, t('subject', { title: t('digest.subject', { date: formatDateVi(content.today) }) }));
}
