import { and, eq, isNull, ne } from 'drizzle-orm';
import type { WorkingCalendar } from '#shared/calendar/working-days.js';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { clockedStatuses, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Db } from '../../db/open-db.js';
import { notifications, users } from '../../db/schema/index.js';
import type { JobDeps } from '../../jobs/queues.js';
import { loadWorkingCalendar } from '../calendar/load-calendar.js';
import { listInbox } from '../dossiers/inbox.js';
import { loadRegimes, type Regimes } from '../regimes/load-regimes.js';
import { loadPersonDelivery, type PersonDelivery } from './delivery-preferences.js';
import { claimDigest, releaseDigest, skipDigestRows, type DigestRow } from './digest-claim.js';
import { digestEmail } from './digest-email.js';
import { canStillSee, loadEmailRecipient, type EmailRecipient } from './email-recipient.js';
import type { EmailNotification } from './notification-email.js';

const isClocked = (status: DossierStatus) => (clockedStatuses as readonly DossierStatus[]).includes(status);

/** The hour (0-23) it is in Vietnam (UTC+7, no summer time) at `now`. */
export const vietnamHour = (now: Date): number => (now.getUTCHours() + 7) % 24;

export interface DigestRun {
  /** Digests sent, and people whose digest could not be sent (their claim given back for a retry). */
  sent: number;
  failed: number;
}

interface Context {
  deps: Pick<JobDeps, 'db' | 'env' | 'mailer'>;
  today: string;
  hour: number;
  regimes: Regimes;
  calendar: WorkingCalendar;
}

/** Active people with an address whose digest hour is `hour`, with their delivery choices. */
async function peopleAt(db: Db, hour: number): Promise<Map<string, PersonDelivery>> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(isNull(users.disabledAt), ne(users.email, '')));
  const delivery = await loadPersonDelivery(
    db,
    rows.map((row) => row.id),
  );
  return new Map([...delivery].filter(([, person]) => person.digestHour === hour));
}

/** The steps waiting for the person (their inbox, as the page shows it) whose due date has passed. */
async function overdueSteps(context: Context, recipient: EmailRecipient): Promise<EmailNotification[]> {
  const { deps, regimes, calendar, today } = context;
  const inbox = await listInbox(deps.db, recipient.actor, regimes, calendar, today, { limit: 100_000, offset: 0 });
  // Overdue as the reminders count it (reminder-clock.ts): a step on a clock, a working day past its due date.
  return inbox.items
    .filter(({ record, daysLeft }) => isClocked(record.dossier.status) && daysLeft !== null && daysLeft < 0)
    .map(({ record, daysLeft }) => ({
      kind: 'overdue' as const,
      dossierId: record.dossier.id,
      details: {
        dossierTitle: record.dossier.title,
        organisationName: record.operator.name,
        systemNames: record.systems.map((system) => system.name),
        status: record.dossier.status,
        ...(record.dossier.stepDueOn ? { dueOn: record.dossier.stepDueOn } : {}),
        ...(daysLeft !== null ? { workingDays: -daysLeft } : {}),
      },
    }));
}

/**
 * One person's digest: nothing when nothing waits and nothing is overdue, nothing when today's has been taken
 * already (claimDigest), otherwise one e-mail. Notifications about what the person can no longer see are marked
 * 'skipped' and left out. A failed send gives the claim back and throws.
 */
async function sendDigest(context: Context, userId: string, person: PersonDelivery, waiting: boolean) {
  const { db, env, mailer } = context.deps;
  // The overdue list follows the person's choice for overdue steps: off or in the app only means no e-mail.
  const wantsOverdue = person.delivery.overdue === 'email' || person.delivery.overdue === 'digest';
  if (!waiting && !wantsOverdue) return false;
  const recipient = await loadEmailRecipient(db, userId);
  if (!recipient) return false;
  const overdue = wantsOverdue ? await overdueSteps(context, recipient) : [];
  if (!waiting && overdue.length === 0) return false;
  const claim = await claimDigest(db, userId, context.today);
  if (!claim) return false;
  const visible: DigestRow[] = [];
  const hidden: DigestRow[] = [];
  for (const row of claim.rows) ((await canStillSee(db, recipient.actor, row)) ? visible : hidden).push(row);
  await skipDigestRows(
    db,
    hidden.map((row) => row.id),
  );
  if (visible.length === 0 && overdue.length === 0) return false;
  visible.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const message = digestEmail(
    recipient,
    { today: context.today, hour: context.hour, notifications: visible, overdue },
    { publicUrl: env.PUBLIC_URL },
  );
  try {
    await mailer.send(message);
  } catch (error) {
    await releaseDigest(db, { ...claim, rows: visible });
    throw error;
  }
  return true;
}

/**
 * Sends the daily digests due at `now`'s hour in Vietnam: to each active person with an address whose digest
 * hour it is, one e-mail listing their notifications waiting in state 'digest' and the overdue steps in their
 * inbox, or nothing when there is neither. Safe to run twice or in two processes at once: each person's day is
 * claimed once (digest-claim.ts). One person's failure does not stop the others; the run reports it.
 */
export async function sendDigests(deps: Pick<JobDeps, 'db' | 'env' | 'mailer'>, now: Date): Promise<DigestRun> {
  const run: DigestRun = { sent: 0, failed: 0 };
  if (!deps.mailer.enabled) return run;
  const hour = vietnamHour(now);
  const people = await peopleAt(deps.db, hour);
  if (people.size === 0) return run;
  const waitingRows = await deps.db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .where(eq(notifications.emailState, 'digest'));
  const waiting = new Set(waitingRows.map((row) => row.userId));
  const [regimes, calendar] = await Promise.all([loadRegimes(deps.db), loadWorkingCalendar(deps.db)]);
  const context: Context = { deps, today: todayInVietnam(now), hour, regimes, calendar };
  for (const [userId, person] of people) {
    try {
      if (await sendDigest(context, userId, person, waiting.has(userId))) run.sent++;
    } catch (error) {
      run.failed++;
      console.warn(`[capdo] digest for ${userId} not sent:`, error instanceof Error ? error.message : error);
    }
  }
  return run;
}
