import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { workflow } from '#shared/dossiers/dossier-workflow.js';
import type { TransitionBody } from '#shared/dossiers/transition-body.schemas.js';
import type { Db } from '../../db/open-db.js';
import { dossierAttachments, dossiers, dossierSnapshots } from '../../db/schema/index.js';
import { HttpError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { conflictReason, decideTransition, enforce } from '../../policies/dossier.policy.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { loadWorkingCalendar, todayInVietnam } from '../calendar/load-calendar.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { applyApproval } from './apply-approval.js';
import { freezeSnapshot } from './freeze-snapshot.js';
import { planTransition, withIssuedNumber, type TransitionPlan } from './plan-transition.js';
import { issueDocumentNumber, recordTypedNumber } from '../documents/issue-number.js';
import type { FullDossierRecord } from './queries.js';
import { stepClock } from './step-clock.js';
import { lockRoutingForRead, refreshNextActors, waitsOnApprover } from './next-actor.js';

/**
 * Moves a dossier one step; the body has passed its action's contract on the way in (400 before
 * anything else). Guard (version, workflow, policy, what the action needs of the dossier), then ONE
 * conditional UPDATE (id, status among the action's sources, the version the caller saw) and the
 * audit event in one transaction, with the snapshot of a submission or approval and an approval's
 * effect on systems and older dossiers. A concurrent transition that got there first leaves
 * 0 rows: 409 and nothing written.
 */
export async function transitionDossier(
  db: Db,
  actor: Actor,
  record: FullDossierRecord,
  body: TransitionBody,
  regimes: Regimes,
): Promise<void> {
  const { dossier } = record;
  if (body.version !== dossier.version) throw new HttpError('stale_version');
  enforce(decideTransition(actor, record.facts, body.action), conflictReason(record.facts, body.action));
  const today = todayInVietnam();
  const planned = await planTransition({
    actor,
    record,
    body,
    today,
    hasAttachment: async (id) =>
      (
        await db
          .select({ id: dossierAttachments.id })
          .from(dossierAttachments)
          .where(and(eq(dossierAttachments.id, id), eq(dossierAttachments.dossierId, dossier.id)))
      ).length > 0,
    submittedOn: body.action === 'approve' ? await submittedOn(db, dossier.id) : null,
  });
  const clock = stepClock(
    regimes[dossier.regime],
    await loadWorkingCalendar(db),
    planned.to,
    dossier.proposedLevel,
    today,
  );

  await db.transaction(async (tx) => {
    // Before any row: a change of routing committing meanwhile is then seen by the refresh below (next-actor.ts).
    if (waitsOnApprover(planned.to)) await lockRoutingForRead(tx);
    // The number is taken inside the transaction: a transition that loses the race gives it back.
    const issue = planned.issue;
    const request = issue && {
      organisationId: issue.issuer.id,
      issuerCode: issue.issuer.shortName,
      typeCode: issue.typeCode,
      issuedOn: issue.date,
      dossierId: dossier.id,
      form: issue.form,
      issuedBy: actor.userId,
    };
    const issued = request && !issue.typed ? await issueDocumentNumber(tx, request) : null;
    const plan = issued ? withIssuedNumber(planned, issued.symbol) : planned;
    const updated = await tx
      .update(dossiers)
      .set({
        ...plan.set,
        ...clock,
        status: plan.to,
        review: reviewAfter(plan),
        version: sql`${dossiers.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(dossiers.id, dossier.id),
          inArray(dossiers.status, [...workflow[body.action].from]),
          eq(dossiers.version, body.version),
        ),
      )
      .returning({ id: dossiers.id });
    if (updated.length === 0) throw new HttpError('conflict');
    await refreshNextActors(tx, regimes, today, { dossierId: dossier.id });
    // A typed number once the dossier is ours: of two leaders approving at once, the loser gets 409.
    if (request && issue.typed) await recordTypedNumber(tx, { ...request, ...issue.typed });
    // Every row first, then the events: appending takes the audit chain's lock (see applyApproval).
    const consequences = plan.approval ? await applyApproval(tx, actor, record, plan.approval) : [];
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'dossier',
      entityId: dossier.id,
      action: body.action,
      organisationId: record.operator.id,
      before: { status: dossier.status },
      after: { status: plan.to, ...plan.details },
      comment: body.comment ?? '',
    });
    for (const event of consequences) await appendAuditEvent(tx, event);
    if (plan.to === 'submitted') await freezeSnapshot(tx, actor, dossier.id, 'submission');
    if (plan.to === 'approved') await freezeSnapshot(tx, actor, dossier.id, 'approval');
  });
}

/**
 * The review the step leaves: its records, and the history of returns as stored, with the step's return appended
 * in the statement. The step neither reads nor rewrites that history, which grows by a record with every return
 * (a dossier sent back 200 times carried 42 KB of it): a key absent stays absent.
 */
function reviewAfter({ review, appendReturn }: TransitionPlan): SQL {
  const records = JSON.stringify(review);
  const history = sql`${dossiers.review} -> 'returns'`;
  return appendReturn
    ? sql`${records}::jsonb || jsonb_build_object('returns',
        coalesce(${history}, '[]'::jsonb) || ${JSON.stringify([appendReturn])}::jsonb)`
    : sql`${records}::jsonb || case when ${history} is null then '{}'::jsonb
        else jsonb_build_object('returns', ${history}) end`;
}

/**
 * The day (Vietnam) of the dossier's latest submission: each one froze a snapshot. Null for a
 * dossier that never went through submission here (one carried over from before the system).
 */
async function submittedOn(db: Db, dossierId: string): Promise<string | null> {
  const [latest] = await db
    .select({ at: dossierSnapshots.createdAt })
    .from(dossierSnapshots)
    .where(and(eq(dossierSnapshots.dossierId, dossierId), eq(dossierSnapshots.kind, 'submission')))
    .orderBy(desc(dossierSnapshots.createdAt))
    .limit(1);
  return latest ? todayInVietnam(latest.at) : null;
}
