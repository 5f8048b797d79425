import { inArray } from 'drizzle-orm';
import type { NotificationDetails } from '#shared/notifications/notifications.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { dossiers, users } from '../../db/schema/index.js';
import { defineQueue } from '../../jobs/job-queue.js';
import type { Jobs } from '../../jobs/job-runtime.js';
import type { JobDeps } from '../../jobs/queues.js';
import { loadDossierRecords, selectDossiers, type DossierRecord } from '../dossiers/queries.js';
import { sealPendingAuditEvents } from '../audit/seal-audit-events.js';
import { loadRegimes } from '../regimes/load-regimes.js';
import { deliverNotifications, type DeliveryContext, type NewNotification } from './deliver-notifications.js';
import { readWorkflowEvents, type WorkflowEvent } from './read-workflow-events.js';
import { advanceWorkflowEventCursor, lockWorkflowEventCursor } from './workflow-event-cursor.js';
import { recipientsOf } from './workflow-recipients.js';

/** The queue whose job turns the workflow's new audit events into notifications. */
const NOTIFICATION_DISPATCH_QUEUE = 'notification-dispatch';

/** Events read per transaction: a burst (an import, a busy morning) is worked through in several. */
const BATCH_SIZE = 200;

/**
 * The dossiers of these events as they stand now. A dossier whose stored review cannot be read (loadDossierRecords
 * refuses it) is left out, with a warning, so that one bad row does not stop every notification after it.
 */
async function loadRecords(tx: Tx, dossierIds: string[]): Promise<Map<string, DossierRecord>> {
  const records = new Map<string, DossierRecord>();
  if (dossierIds.length === 0) return records;
  const [rows, regimes] = await Promise.all([
    selectDossiers(tx).where(inArray(dossiers.id, dossierIds)),
    loadRegimes(tx),
  ]);
  try {
    for (const record of await loadDossierRecords(tx, rows, regimes)) records.set(record.dossier.id, record);
    return records;
  } catch {
    // One of them cannot be read: one by one, to leave out only that one.
  }
  for (const row of rows) {
    try {
      const [record] = await loadDossierRecords(tx, [row], regimes);
      if (record) records.set(row.dossier.id, record);
    } catch (error) {
      console.warn(
        `[capdo] notifications: dossier ${row.dossier.id} skipped:`,
        error instanceof Error ? error.message : error,
      );
    }
  }
  return records;
}

async function fullNames(tx: Tx, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((row) => [row.id, row.fullName]));
}

/** What the notification says, frozen now: the names as they are, the step reached and, while it runs, its due date. */
function detailsOf(event: WorkflowEvent, record: DossierRecord, actorName: string | undefined): NotificationDetails {
  const { dossier } = record;
  // The due date belongs to the step the event opened only while the dossier is still at that step.
  const dueOn = dossier.status === event.status ? dossier.stepDueOn : null;
  return {
    dossierTitle: dossier.title,
    organisationName: record.operator.name,
    systemNames: record.systems.map((system) => system.name),
    ...(event.status ? { status: event.status } : {}),
    ...(dueOn ? { dueOn } : {}),
    ...(actorName ? { actorName } : {}),
    ...(event.comment ? { comment: event.comment } : {}),
  };
}

/** The notifications these events call for, each keyed by its event and kind so that no one gets one twice. */
async function notificationsFor(tx: Tx, events: WorkflowEvent[]): Promise<NewNotification[]> {
  const ids = (values: Array<string | null>) => [...new Set(values.filter((value): value is string => !!value))];
  const [records, names] = await Promise.all([
    loadRecords(tx, ids(events.map((event) => event.dossierId))),
    fullNames(tx, ids(events.map((event) => event.actorUserId))),
  ]);
  const items: NewNotification[] = [];
  for (const event of events) {
    const record = records.get(event.dossierId);
    if (!record) continue;
    const details = detailsOf(event, record, event.actorUserId ? names.get(event.actorUserId) : undefined);
    for (const { kind, userIds } of await recipientsOf(tx, event, record))
      for (const userId of userIds)
        items.push({
          userId,
          kind,
          dossierId: record.dossier.id,
          organisationId: record.operator.id,
          details,
          dedupeKey: `event:${event.id}:${kind}`,
        });
  }
  return items;
}

/**
 * Seals what waits in the audit trail, then reads it from the cursor on and delivers what the workflow's steps call
 * for, one batch per transaction: the cursor's row is locked first (a second run, in this process or another, waits
 * and then finds nothing left), the notifications are written and the cursor moved in that same transaction, so a
 * failure anywhere leaves both as they were and the next run does the batch again. Returns the notifications
 * written.
 */
export async function dispatchWorkflowEvents(db: Db, context: DeliveryContext): Promise<number> {
  // The cursor follows the sealed chain: chain what has committed first, so the transition that kicked this run
  // is read by it rather than by the next.
  await sealPendingAuditEvents(db, { wait: true });
  let written = 0;
  for (let more = true; more;) {
    const batch = await db.transaction(async (tx) => {
      const cursor = await lockWorkflowEventCursor(tx);
      if (cursor === undefined) return { full: false, delivered: 0 };
      const { events, upTo } = await readWorkflowEvents(tx, cursor, BATCH_SIZE);
      const delivered = await deliverNotifications(tx, context, await notificationsFor(tx, events));
      const full = events.length === BATCH_SIZE;
      // A full batch stops at its last event; otherwise everything up to the head has been looked at.
      const next = full ? events.at(-1)!.id : upTo;
      if (next > cursor) await advanceWorkflowEventCursor(tx, next);
      return { full, delivered: delivered.length };
    });
    written += batch.delivered;
    more = batch.full;
  }
  return written;
}

/**
 * The dispatcher's queue. Stately: at most one job waits and one runs, so the kick after every transition
 * collapses into the job already waiting (which will read that transition too) and two never run at once. The
 * schedule is the safety net: a kick lost (a failed send, a process that died between commit and send) is
 * made up within the minute.
 */
export const notificationDispatchQueue = ({ db, jobs, mailer }: JobDeps) =>
  defineQueue<object>({
    name: NOTIFICATION_DISPATCH_QUEUE,
    options: { policy: 'stately', retryLimit: 5, retryDelay: 2, retryBackoff: true, expireInSeconds: 300 },
    schedule: '* * * * *',
    async work() {
      await dispatchWorkflowEvents(db, { jobs, emailEnabled: mailer.enabled });
    },
  });

/**
 * Asks for a dispatch now, after a transition committed. Never fails the caller: a send that fails is logged,
 * and the schedule picks the event up within the minute.
 */
export async function kickNotificationDispatch(jobs: Pick<Jobs, 'send'>): Promise<void> {
  try {
    await jobs.send(NOTIFICATION_DISPATCH_QUEUE, {});
  } catch (error) {
    console.warn('[capdo] notifications: dispatch not queued:', error instanceof Error ? error.message : error);
  }
}
