import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { formatDateVi } from '#shared/common/text.js';
import { translate } from '#shared/i18n/translate.js';
import type { AccountLinkPurpose } from '#shared/users/users.schemas.js';
import { MailComposer } from '../../mail/compose-mail.js';
import type { MailMessage } from '../../mail/mailer.js';

/** dd/mm/yyyy HH:mm on Vietnam's clock (UTC+7, no summer time), whatever the server's time zone. */
function formatVietnamDateTime(value: Date): string {
  const clock = new Date(value.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  return `${formatDateVi(todayInVietnam(value))} ${clock}`;
}

export interface AccountLinkMail {
  to: string;
  fullName: string;
  username: string;
  purpose: AccountLinkPurpose;
  /** The one-time link (with its token) and when it stops working. */
  url: string;
  expiresAt: Date;
  /** The administrator who issued it, named so the person knows whom to ask. */
  issuedBy: string;
}

/** The e-mail carrying an activation or reset link to the account's owner: Vietnamese, text and HTML. */
export function accountLinkEmail(link: AccountLinkMail): MailMessage {
  const t = (key: string, vars?: Record<string, string | number>) => translate('vi', `email.${key}`, vars);
  const own = (key: string, vars?: Record<string, string | number>) => t(`accountLink.${link.purpose}.${key}`, vars);
  return new MailComposer()
    .paragraph(t('greeting', { name: link.fullName }))
    .paragraph(own('lead', { admin: link.issuedBy, username: link.username }))
    .paragraph(own('action'))
    .link(own('open'), link.url, link.url)
    .paragraph(t('accountLink.expires', { expiresAt: formatVietnamDateTime(link.expiresAt) }))
    .paragraph(t('accountLink.secret'))
    .paragraph(t('accountLink.notExpected'))
    .footer([t('accountLink.why'), t('footer.noReply')])
    .build(link.to, t('subject', { title: own('subject', { username: link.username }) }));
}
