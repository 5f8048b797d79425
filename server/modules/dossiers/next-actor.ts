import { lte, sql, type SQL } from 'drizzle-orm';
import { workflow, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Db, Tx } from '../../db/open-db.js';
import { dossiers } from '../../db/schema/index.js';
import type { Permission } from '../../policies/permissions.js';
import type { Regimes } from '../regimes/load-regimes.js';

/**
 * Who must act next on a dossier in each status, as the dossier policy decides it
 * (server/policies/dossier.policy.ts): the permission the step needs and whose subtree holds the
 * people who act. The policy stays the one source of the rules; this table only says which of its
 * decisions waits on whom, and tests/server/dossiers/inbox-generated-trees.test.ts proves on
 * generated trees that the inbox built from it lists exactly what the policy allows.
 *
 * - `operator`: the dossier's operating unit; the permission is held over it through any grant
 *   (roles in the unit or above it, or a designation's reviewers), as `can()` counts it.
 * - `approvingOrganisation`: the approving organisation of the regime's routing at the dossier's
 *   level; only roles held there or above it count (approval is by membership, never designation).
 * `reviewer` steps carry the separation of duties; `levels` narrows a step to some levels.
 */
export interface NextStep {
  permission: Permission;
  actsIn: 'operator' | 'approvingOrganisation';
  side: 'operator' | 'reviewer';
  levels?: readonly number[];
}

export const nextSteps = {
  // Saving the draft (decideUpdate): the operator side, while it is being prepared.
  drafting: { permission: 'dossier.update', actsIn: 'operator', side: 'operator' },
  returned: { permission: 'dossier.update', actsIn: 'operator', side: 'operator' },
  // return / appraise / recordExternalAppraisal, all dossier.appraise over the operator; return has no level.
  submitted: { permission: 'dossier.appraise', actsIn: 'operator', side: 'reviewer' },
  opinionRequested: {
    permission: 'dossier.giveOpinion',
    actsIn: 'operator',
    side: 'reviewer',
    levels: workflow.giveOpinion.levels,
  },
  appraised: { permission: 'dossier.approve', actsIn: 'approvingOrganisation', side: 'reviewer' },
  approved: null,
  withdrawn: null,
  superseded: null,
} as const satisfies Record<DossierStatus, NextStep | null>;

/** Which dossiers a refresh recomputes. */
export type NextActorSelection =
  | { dossierId: string }
  /** Awaiting approval and covering one of these systems (an owner changed). */
  | { appraisedCoveringSystems: string[] }
  /** Awaiting approval with an operator under one of these paths (a designation changed). */
  | { appraisedUnderPaths: string[] }
  /** Every dossier awaiting approval (an organisation moved, a regime's routing changed). */
  | 'appraised'
  /** Those whose stored answer has run out (a designation started or ended since), or was never computed. */
  | { staleOn: string }
  | 'all';

function selected(which: NextActorSelection): SQL {
  if (which === 'all') return sql`true`;
  if (which === 'appraised') return sql`d.status = 'appraised'`;
  if ('dossierId' in which) return sql`d.id = ${which.dossierId}`;
  if ('staleOn' in which) return sql`d.next_actor_until <= ${which.staleOn}::date`;
  if ('appraisedCoveringSystems' in which) {
    if (which.appraisedCoveringSystems.length === 0) return sql`false`;
    const ids = sql.join(
      which.appraisedCoveringSystems.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    return sql`d.status = 'appraised' and d.id in (select dossier_id from dossier_systems where system_id in (${ids}))`;
  }
  if (which.appraisedUnderPaths.length === 0) return sql`false`;
  const under = sql.join(
    which.appraisedUnderPaths.map((path) => sql`op.path like ${path + '%'}`),
    sql` or `,
  );
  return sql`d.status = 'appraised' and (${under})`;
}

/** The routing of every regime and level as rows (regime, level, approvedBy), from the regimes in force. */
function routingRows(regimes: Regimes): SQL {
  const rows = Object.values(regimes).flatMap((regime) =>
    ([1, 2, 3, 4, 5] as const).map(
      (level) => sql`(${regime.id}::text, ${level}::int, ${regime.routing[level].approvedBy}::text)`,
    ),
  );
  return sql.join(rows, sql`, `);
}

/** The step's permission for this status and level, as a SQL CASE built from nextSteps. */
function permissionCase(): SQL {
  const branches = Object.entries(nextSteps).flatMap(([status, step]) => {
    if (!step) return [];
    const levels =
      'levels' in step
        ? sql` and d.proposed_level in (${sql.join(
            step.levels.map((l) => sql`${l}`),
            sql`, `,
          )})`
        : sql``;
    return [sql`when d.status = ${status}${levels} then ${step.permission}`];
  });
  return sql`case ${sql.join(branches, sql` `)} end`;
}

/** Statuses whose next actor is the approving organisation rather than the operator. */
const approvalStatuses = Object.entries(nextSteps)
  .filter(([, step]) => step?.actsIn === 'approvingOrganisation')
  .map(([status]) => status);

/**
 * Recomputes next_actor_permission, next_actor_organisation_id and next_actor_until of the selected
 * dossiers in one statement, with the routing of `regimes` and the designations in force on `today`
 * (the same facts as loadDossierRecords in queries.ts):
 * - the operator's steps name the operating unit;
 * - approval names the approving organisation: the designated unit of the most specific designation
 *   in force whose subtree holds the operator, or the systems' owner (their nearest common
 *   organisation when they differ), by the routing of the dossier's regime at its level; none when
 *   it cannot be told (no level, no designation in force, owners without a common organisation);
 * - next_actor_until is the first day a designation covering the operator starts or ends: the
 *   stored answer holds until then, and the inbox recomputes those it reaches (refreshStale).
 *   'infinity' when nothing on the calendar can change it.
 * Called in the transaction of every change that can alter it (docs/inbox.md).
 */
export async function refreshNextActors(tx: Db | Tx, regimes: Regimes, today: string, which: NextActorSelection) {
  const approval = approvalStatuses.length
    ? sql.join(
        approvalStatuses.map((s) => sql`${s}`),
        sql`, `,
      )
    : sql`null`;
  await tx.execute(sql`
    with routing (regime, level, approved_by) as (values ${routingRows(regimes)})
    update dossiers d set
      next_actor_permission = ${permissionCase()},
      next_actor_organisation_id = case
        when (${permissionCase()}) is null then null
        when d.status not in (${approval}) then d.operator_organisation_id
        else case (select r.approved_by from routing r where r.regime = d.regime and r.level = d.proposed_level)
          when 'designatedUnit' then (
            select des.designated_organisation_id from designations des
              join organisations root on root.id = des.subtree_root_id
             where op.path like root.path || '%'
               and des.valid_from <= ${today}::date and (des.valid_to is null or des.valid_to >= ${today}::date)
             order by length(root.path) desc limit 1)
          when 'owner' then (
            select a.id from organisations a
             where a.id = any(cast(array_remove(string_to_array((
                     select min(ow.path) from dossier_systems ds
                       join information_systems s on s.id = ds.system_id
                       join organisations ow on ow.id = s.owner_organisation_id
                      where ds.dossier_id = d.id), '/'), '') as uuid[]))
               and not exists (
                     select 1 from dossier_systems ds
                       join information_systems s on s.id = ds.system_id
                       join organisations ow on ow.id = s.owner_organisation_id
                      where ds.dossier_id = d.id and ow.path not like a.path || '%')
             order by length(a.path) desc limit 1)
        end
      end,
      next_actor_until = case when d.status not in (${approval}) then 'infinity'::date else coalesce((
        select min(case when des.valid_from > ${today}::date then des.valid_from else des.valid_to + 1 end)
          from designations des join organisations root on root.id = des.subtree_root_id
         where op.path like root.path || '%'
           and (des.valid_from > ${today}::date or des.valid_to >= ${today}::date)), 'infinity'::date)
      end
    from organisations op
    where op.id = d.operator_organisation_id and ${selected(which)}`);
}

/**
 * What a recomputation of approvers must not race with: a change of routing (a designation, an
 * owner, a move, a regime) takes this lock exclusively at the start of its transaction, before any
 * row it touches, and a transition into a status that waits on an approver takes it shared before
 * its UPDATE. Whichever comes second then computes with what the first committed, so no dossier
 * keeps an approver computed from the routing of before. Shared holders never wait on each other.
 */
const NEXT_ACTOR_LOCK = 7_434_019;

export const lockRoutingForChange = (tx: Tx) => tx.execute(sql`select pg_advisory_xact_lock(${NEXT_ACTOR_LOCK})`);
export const lockRoutingForRead = (tx: Tx) => tx.execute(sql`select pg_advisory_xact_lock_shared(${NEXT_ACTOR_LOCK})`);

/** Does a dossier in this status wait on the approving organisation (whose routing can change under it)? */
export const waitsOnApprover = (status: DossierStatus) => nextSteps[status]?.actsIn === 'approvingOrganisation';

/**
 * Recomputes the dossiers whose stored next actor has run out by `today` (a designation started or
 * ended) or was never computed (rows written straight into the table: the demo seed, test
 * factories, the benchmark's generator, rows from before the column). One index probe when there
 * are none, which is nearly always.
 */
export async function refreshStale(db: Db, regimes: Regimes, today: string) {
  const [stale] = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(lte(dossiers.nextActorUntil, today))
    .limit(1);
  if (!stale) return;
  await db.transaction(async (tx) => {
    await lockRoutingForRead(tx);
    await refreshNextActors(tx, regimes, today, { staleOn: today });
  });
}
