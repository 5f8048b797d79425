import { and, asc, eq, gt, inArray, lte, max } from 'drizzle-orm';
import { dossierStatusSchema } from '#shared/dossiers/dossiers.schemas.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Tx } from '../../db/open-db.js';
import { auditEvents } from '../../db/schema/index.js';

/** The dossier steps someone is told about (docs/notifications.md#who-is-told-what). */
export const notifyingActions = [
  'submit',
  'return',
  'appraise',
  'recordExternalAppraisal',
  'approve',
  'requestOpinion',
] as const;
export type NotifyingAction = (typeof notifyingActions)[number];

/** One step of a dossier's workflow, as its audit event recorded it. */
export interface WorkflowEvent {
  id: number;
  actorUserId: string | null;
  dossierId: string;
  action: NotifyingAction;
  /** The status the step set (an unsuitable appraisal: returned). */
  status: DossierStatus | undefined;
  comment: string;
}

const statusOf = (after: unknown): DossierStatus | undefined => {
  const status = after && typeof after === 'object' ? (after as { status?: unknown }).status : undefined;
  const parsed = dossierStatusSchema.safeParse(status);
  return parsed.success ? parsed.data : undefined;
};

/**
 * The workflow's events after `cursor`, oldest first, at most `limit`, and how far the trail had gone when they
 * were read (`upTo`). The audit trail is our outbox: every step appends its event in the transaction that makes
 * it, and appends are ordered by a transaction-scoped advisory lock (audit/append-audit-event.ts), so an event is
 * given its id only after every event with a smaller id has committed (or rolled back, its id reused). Ids
 * therefore become visible in order: having seen `upTo`, no event at or below it can still appear, and reading
 * `id > cursor` never steps over one that commits later.
 */
export async function readWorkflowEvents(tx: Tx, cursor: number, limit: number) {
  const [head] = await tx.select({ upTo: max(auditEvents.id) }).from(auditEvents);
  const upTo = head?.upTo ?? cursor;
  const rows = await tx
    .select({
      id: auditEvents.id,
      actorUserId: auditEvents.actorUserId,
      dossierId: auditEvents.entityId,
      action: auditEvents.action,
      after: auditEvents.after,
      comment: auditEvents.comment,
    })
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.id, cursor),
        lte(auditEvents.id, upTo),
        eq(auditEvents.entityType, 'dossier'),
        inArray(auditEvents.action, [...notifyingActions]),
      ),
    )
    .orderBy(asc(auditEvents.id))
    .limit(limit);
  const events: WorkflowEvent[] = rows.map(({ after, action, ...row }) => ({
    ...row,
    action: action as NotifyingAction,
    status: statusOf(after),
  }));
  return { events, upTo: Math.max(upTo, cursor) };
}
