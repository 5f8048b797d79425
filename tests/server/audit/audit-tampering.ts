import { asc, eq, gte } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { auditEvents, auditHead, informationSystems } from '#server/db/schema/index.js';
import { appendAuditEvent, eventHash } from '#server/modules/audit/append-audit-event.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';

/**
 * What someone with write access to the database (and not to the key or the anchor folder) can do
 * to the audit trail, and how the tests put it back.
 */
type EventRow = typeof auditEvents.$inferSelect;

/** The chained events in the chain's order (after sealNow, every event). */
export const allEvents = (db: Db) => db.select().from(auditEvents).orderBy(asc(auditEvents.seq));

/** Chains what waits, as the server's sealer does a moment after each change (waiting for one that runs). */
const sealNow = (db: Db) => sealPendingAuditEvents(db, { wait: true });

/** A few genuine appends, as the app makes them, then sealed. */
export async function appendChanges(db: Db, count: number) {
  const [system] = await db.select().from(informationSystems).limit(1);
  await db.transaction(async (tx) => {
    for (let value = 1; value <= count; value++) {
      await appendAuditEvent(tx, {
        actorUserId: null,
        entityType: 'system',
        entityId: system!.id,
        action: 'update',
        organisationId: null,
        before: { internalUserCount: value - 1 },
        after: { internalUserCount: value },
      });
    }
  });
  await sealNow(db);
}

export interface TrailState {
  events: EventRow[];
  head: typeof auditHead.$inferSelect;
}

export async function saveTrail(db: Db): Promise<TrailState> {
  const [head] = await db.select().from(auditHead);
  return { events: await allEvents(db), head: head! };
}

export async function restoreTrail(db: Db, { events, head }: TrailState) {
  await db.delete(auditEvents);
  await db.delete(auditHead);
  for (let start = 0; start < events.length; start += 200)
    await db.insert(auditEvents).values(events.slice(start, start + 200));
  await db.insert(auditHead).values(head);
}

/** (a) Both tables emptied: the database alone then looks like a fresh install. */
export async function emptyTrail(db: Db) {
  await db.delete(auditEvents);
  await db.delete(auditHead);
}

/** (b) The newest event deleted and the head rolled back onto the one before: a consistent, shorter chain. */
export async function dropNewestAndRollBack(db: Db): Promise<number> {
  const events = await allEvents(db);
  const [newest, previous] = [events.at(-1)!, events.at(-2)!];
  await db.delete(auditEvents).where(eq(auditEvents.id, newest.id));
  await db
    .update(auditHead)
    .set({ lastId: previous.id, lastHash: previous.hash!, count: events.length - 1 })
    .where(eq(auditHead.id, 1));
  return newest.id;
}

/**
 * (c) One event's content rewritten and every hash from it to the head recomputed with the public
 * formula (eventHash), the head included: the SHA-256 chain is whole again. Only the MAC is left as
 * it was, since it needs the key. Returns the rewritten event's id.
 */
export async function rewriteWithPublicFormula(db: Db, id: number, after: EventRow['after']): Promise<number> {
  const [target] = await db.select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.id, id));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(gte(auditEvents.seq, target!.seq!))
    .orderBy(asc(auditEvents.seq));
  let prevHash = rows[0]!.prevHash!;
  for (const row of rows) {
    const changed = row.id === id ? { ...row, after } : row;
    const hash = eventHash(prevHash, changed);
    await db.update(auditEvents).set({ after: changed.after, prevHash, hash }).where(eq(auditEvents.id, row.id));
    prevHash = hash;
  }
  await db.update(auditHead).set({ lastHash: prevHash }).where(eq(auditHead.id, 1));
  return id;
}
