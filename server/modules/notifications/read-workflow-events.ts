import { and, asc, eq, gt, inArray, lte, max, sql } from 'drizzle-orm';
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
  /** Its position in the sealed audit chain (audit_events.seq), the unit of the cursor. */
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
 * The workflow's events after `cursor`, oldest first, at most `limit`, and how far the chain had gone when they
 * were read (`upTo`). The audit trail is our outbox: every step appends its event in the transaction that makes
 * it, and the sealer (audit/seal-audit-events.ts) gives committed events their positions in the chain one pass at
 * a time, under its lock. Positions therefore become visible in order: having seen `upTo`, no event at or below
 * it can still appear, and reading `seq > cursor` never steps over one sealed later. (Event ids are taken before
 * commit and become visible out of order: they are not a cursor.)
 */
export async function readWorkflowEvents(tx: Tx, cursor: number, limit: number) {
  const [head] = await tx.select({ upTo: max(auditEvents.seq) }).from(auditEvents);
  const upTo = head?.upTo ?? cursor;
  const rows = await tx
    .select({
      id: sql<number>`${auditEvents.seq}`.mapWith(Number),
      actorUserId: auditEvents.actorUserId,
      dossierId: auditEvents.entityId,
      action: auditEvents.action,
      after: auditEvents.after,
      comment: auditEvents.comment,
    })
    .from(auditEvents)
    .where(
      and(
        gt(auditEvents.seq, cursor),
        lte(auditEvents.seq, upTo),
        eq(auditEvents.entityType, 'dossier'),
        inArray(auditEvents.action, [...notifyingActions]),
      ),
    )
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
  const events: WorkflowEvent[] = rows.map(({ after, action, ...row }) => ({
    ...row,
    action: action as NotifyingAction,
    status: statusOf(after),
  }));
  return { events, upTo: Math.max(upTo, cursor) };
}
