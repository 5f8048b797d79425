import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { auditEvents, eventCursors } from '../../db/schema/index.js';

/** The row of event_cursors that says how far the workflow's events have been turned into notifications. */
export const WORKFLOW_CURSOR = 'workflow-notifications';

/**
 * At every process start, before the jobs run: a database that has never had the cursor gets it at the newest
 * sealed audit event (the cursor counts positions in the chain, audit_events.seq; the audit trail's start seals
 * what waits before this runs), so the history written before notifications existed (the demo's dossiers, years
 * of a province's work) tells nobody anything, and every event appended after this moment is read. Of two
 * processes starting at once, the first insert wins and the other does nothing.
 */
export async function initWorkflowEventCursor(db: Db): Promise<void> {
  await db.execute(sql`
    insert into ${eventCursors} (name, last_event_id)
    select ${WORKFLOW_CURSOR}, coalesce(max(${auditEvents.seq}), 0) from ${auditEvents}
    on conflict (name) do nothing`);
}

/**
 * The cursor's position, its row locked until the transaction ends: a second reader (another process, or a
 * retry of this one) waits here, then reads past what the first delivered. Undefined when the row is missing,
 * which only a process that skipped initWorkflowEventCursor would see.
 */
export async function lockWorkflowEventCursor(tx: Tx): Promise<number | undefined> {
  const [row] = await tx
    .select({ lastEventId: eventCursors.lastEventId })
    .from(eventCursors)
    .where(eq(eventCursors.name, WORKFLOW_CURSOR))
    .for('update');
  return row?.lastEventId;
}

export async function advanceWorkflowEventCursor(tx: Tx, lastEventId: number): Promise<void> {
  await tx
    .update(eventCursors)
    .set({ lastEventId, updatedAt: new Date() })
    .where(eq(eventCursors.name, WORKFLOW_CURSOR));
}
