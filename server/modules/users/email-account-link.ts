import type { Mailer } from '../../mail/mailer.js';
import { accountLinkEmail, type AccountLinkMail } from './account-link-email.js';

/** How long the administrator's request waits for the mail server before answering without it. */
const SEND_WAIT_MS = 10_000;

/**
 * E-mails a one-time link to the account's own address, after the transaction that issued it has committed,
 * and returns the address it went to, or null: no SMTP, no address, or a send that failed or took too long
 * (the administrator still has the link in the answer and hands it over as before).
 *
 * Sent here, not through a job queue: a job's data is stored in pgboss.job (and kept there and in its archive for
 * days, and in every backup), and the link's token opens the account. capdo keeps only the token's hash
 * (activation-links.ts); the raw token exists in this request's memory, the answer to the administrator and this
 * e-mail, nowhere else.
 */
export async function emailAccountLink(mailer: Mailer, link: AccountLinkMail): Promise<string | null> {
  const to = link.to.trim();
  if (!mailer.enabled || to === '') return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the mail server in ${SEND_WAIT_MS} ms`)), SEND_WAIT_MS);
  });
  try {
    await Promise.race([mailer.send(accountLinkEmail({ ...link, to })), timeout]);
    return to;
  } catch (error) {
    console.warn(`[capdo] ${link.purpose} link for ${link.username} not e-mailed:`, (error as Error).message);
    return null;
  } finally {
    clearTimeout(timer);
  }
}
