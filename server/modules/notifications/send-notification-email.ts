import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { notifications } from '../../db/schema/index.js';
import type { JobDeps } from '../../jobs/queues.js';
import { canStillSee, loadEmailRecipient } from './email-recipient.js';
import { notificationEmail } from './notification-email.js';

/** What became of one notification's e-mail. */
export type EmailOutcome = 'sent' | 'skipped' | 'notQueued';

/** Moves a notification's e-mail on from 'queued' (only from there: a later state is never undone). */
export async function settleEmailState(db: Db, notificationId: string, state: 'sent' | 'skipped' | 'failed') {
  await db
    .update(notifications)
    .set({ emailState: state, ...(state === 'sent' ? { emailedAt: new Date() } : {}) })
    .where(and(eq(notifications.id, notificationId), eq(notifications.emailState, 'queued')));
}

/**
 * Sends one notification's e-mail (the 'email' delivery mode). Jobs run at least once (docs/jobs.md#risks), so
 * it acts only on a notification still 'queued': a job run again after the e-mail left finds it 'sent' and does
 * nothing. The person must still be active, have an address and see what it is about today, or the e-mail is
 * 'skipped': it would otherwise tell more than its recipient may read in capdo. Without SMTP (SMTP_URL removed
 * since the job was queued) it is skipped too, as the delivery modes fall back to the app. A send that fails
 * throws: the job is retried with back-off, and after its last retry the dead-letter queue marks it 'failed'
 * (email-jobs.ts).
 */
export async function sendNotificationEmail(
  { db, env, mailer }: Pick<JobDeps, 'db' | 'env' | 'mailer'>,
  notificationId: string,
): Promise<EmailOutcome> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, notificationId));
  if (!row || row.emailState !== 'queued') return 'notQueued';
  const recipient = mailer.enabled ? await loadEmailRecipient(db, row.userId) : undefined;
  if (!recipient || !(await canStillSee(db, recipient.actor, row))) {
    await settleEmailState(db, row.id, 'skipped');
    return 'skipped';
  }
  await mailer.send(notificationEmail(recipient, row, { publicUrl: env.PUBLIC_URL }));
  await settleEmailState(db, row.id, 'sent');
  return 'sent';
}
