import { and, count, eq, gt, inArray, min, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { documentExports } from '../../db/schema/index.js';
import { HttpError } from '../../http/http-error.js';

/**
 * What one person may ask of the batch exports, which render on the server's job queue and keep their
 * zip in the database: a handful at a time, a bounded number a day, and each zip only for a while.
 */
export const exportLimits = {
  /** Waiting or running at the same time, per person: the next answers 429 too_many_exports. */
  maxRunningPerUser: 2,
  /** Started in the last 24 hours, per person (whatever became of them): the next answers 429. */
  maxPerDayPerUser: 20,
  /** Hours a finished export's zip is kept; then it is deleted and the export reads "expired" (download: 410). */
  keepHours: 24,
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** An export still to finish: waiting for a process to take its job, or rendering (again, after a restart). */
export const IN_FLIGHT = ['queued', 'running'];

/** Separates one person's export requests from another's (pg_advisory_xact_lock's first key). */
const EXPORT_LOCK = 7_434_201;

/**
 * 429 when the person already has the most exports in flight, or started the most allowed in 24 hours.
 * Inside the transaction that inserts the export, after a lock on the person: two requests sent at
 * once are counted one after the other, so neither slips past the cap.
 */
export async function assertExportAllowed(db: Db | Tx, userId: string, now = new Date()): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${EXPORT_LOCK}, hashtext(${userId}))`);
  const mine = eq(documentExports.requestedBy, userId);
  const [running] = await db
    .select({ n: count() })
    .from(documentExports)
    // Every one in flight counts, also one whose process died: its job runs it again elsewhere, and one that
    // lost its job is failed by the sweep (export-housekeeping.ts), so each of them ends.
    .where(and(mine, inArray(documentExports.status, IN_FLIGHT)));
  if (running!.n >= exportLimits.maxRunningPerUser)
    throw new HttpError('too_many_exports', undefined, { max: exportLimits.maxRunningPerUser });
  const [today] = await db
    .select({ n: count(), oldest: min(documentExports.createdAt) })
    .from(documentExports)
    .where(and(mine, gt(documentExports.createdAt, new Date(now.getTime() - DAY_MS))));
  if (today!.n >= exportLimits.maxPerDayPerUser) {
    // The next one is allowed once the oldest of the window is a day old.
    const waitMs = (today!.oldest ?? now).getTime() + DAY_MS - now.getTime();
    throw new HttpError('export_quota_reached', undefined, {
      max: exportLimits.maxPerDayPerUser,
      hours: Math.max(1, Math.ceil(waitMs / HOUR_MS)),
    });
  }
}

/** When a finished export's zip is deleted. */
export const expiresAt = (finishedAt: Date) => new Date(finishedAt.getTime() + exportLimits.keepHours * HOUR_MS);
/** An export finished before this has lost its zip. */
export const keptSince = (now: Date) => new Date(now.getTime() - exportLimits.keepHours * HOUR_MS);
