import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { eventCursors, notifications } from '../../db/schema/index.js';

/**
 * The day of a person's last digest, kept in event_cursors under "digest:<user id>" as YYYYMMDD: the cursor of
 * the digest reader, who has gone as far as that day. No table of its own is needed for one number a person.
 */
const cursorName = (userId: string) => `digest:${userId}`;
const dayNumber = (isoDate: string) => Number(isoDate.replaceAll('-', ''));

export type DigestRow = typeof notifications.$inferSelect;

export interface DigestClaim {
  userId: string;
  /** The cursor before this claim, to put back if the e-mail cannot be sent. */
  previousDay: number;
  /** The notifications that waited for this digest, now marked 'sent'. */
  rows: DigestRow[];
}

/**
 * Takes a person's digest for `today`, in one short transaction, before anything is sent: the cursor row is
 * created if missing and then locked, so of two runs at once (two processes, a retried job) the second waits,
 * finds the day taken and gets undefined; the waiting notifications are marked 'sent' in the same transaction,
 * so no later digest lists them again. Marking before sending, rather than holding the rows locked while the mail
 * server answers, keeps every transaction short: on PGlite a transaction holds the only connection, every request
 * would wait for the SMTP server. The price is that a failed send must give the claim back (releaseDigest).
 */
export async function claimDigest(db: Db, userId: string, today: string): Promise<DigestClaim | undefined> {
  const day = dayNumber(today);
  return db.transaction(async (tx) => {
    await tx
      .insert(eventCursors)
      .values({ name: cursorName(userId), lastEventId: 0 })
      .onConflictDoNothing({ target: eventCursors.name });
    const [cursor] = await tx
      .select({ lastEventId: eventCursors.lastEventId })
      .from(eventCursors)
      .where(eq(eventCursors.name, cursorName(userId)))
      .for('update');
    const previousDay = cursor?.lastEventId ?? 0;
    if (previousDay >= day) return undefined;
    await tx
      .update(eventCursors)
      .set({ lastEventId: day, updatedAt: sql`now()` })
      .where(eq(eventCursors.name, cursorName(userId)));
    const rows = await tx
      .update(notifications)
      .set({ emailState: 'sent', emailedAt: sql`now()` })
      .where(and(eq(notifications.userId, userId), eq(notifications.emailState, 'digest')))
      .returning();
    return { userId, previousDay, rows };
  });
}

/** Gives a claim back after its e-mail failed: the notifications wait for the next run, the day is free again. */
export async function releaseDigest(db: Db, claim: DigestClaim): Promise<void> {
  await db.transaction(async (tx) => {
    const ids = claim.rows.map((row) => row.id);
    if (ids.length)
      await tx
        .update(notifications)
        .set({ emailState: 'digest', emailedAt: null })
        .where(and(inArray(notifications.id, ids), eq(notifications.emailState, 'sent')));
    await tx
      .update(eventCursors)
      .set({ lastEventId: claim.previousDay, updatedAt: sql`now()` })
      .where(eq(eventCursors.name, cursorName(claim.userId)));
  });
}

/** Those of the claimed notifications the person may no longer see: 'skipped', not 'sent'. */
export async function skipDigestRows(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.update(notifications).set({ emailState: 'skipped', emailedAt: null }).where(inArray(notifications.id, ids));
}
