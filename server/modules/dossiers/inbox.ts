import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import { workingDaysBetween, type WorkingCalendar } from '#shared/calendar/working-days.js';
import type { Db } from '../../db/open-db.js';
import { dossierPreparers, dossiers } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { inScope, underAny } from '../../policies/organisation-scope.js';
import { roleGrants, type Permission } from '../../policies/permissions.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { nextSteps, refreshStale, type NextStep } from './next-actor.js';
import { loadDossierRecords, operator, relatedColumns, relatedOf, selectDossierSummariesWith } from './queries.js';

/**
 * Separation of duties as the policy states it (separatedFrom in server/policies/dossier.policy.ts), in
 * SQL: the actor neither prepared nor submitted the dossier, in any round. The submitters are in the
 * review record; the preparers in dossier_preparers, where relatedColumns (queries.ts) reads them.
 */
function separated(actor: Actor): SQL {
  const me = actor.userId;
  return and(
    sql`${dossiers.preparedBy} is distinct from ${me}`,
    sql`${dossiers.submittedBy} is distinct from ${me}`,
    sql`not coalesce(${dossiers.review} -> 'submitters' @> jsonb_build_array(${me}::text), false)`,
    sql`not exists (select 1 from ${dossierPreparers} p where p.dossier_id = ${dossiers.id} and p.user_id = ${me})`,
  )!;
}

/** Approval counts only roles held in the approving organisation or above it (holdsByMembership in the policy). */
function byMembership(actor: Actor, permission: Permission): SQL {
  const paths = actor.memberships
    .filter((m) => (roleGrants[m.role] as readonly Permission[]).includes(permission))
    .map((m) => m.path);
  return underAny(dossiers.nextActorPath, [...new Set(paths)]);
}

/** The dossiers waiting on the actor for one kind of step: the stored next actor is someone they are. */
function waitingFor(actor: Actor, step: NextStep): SQL {
  const who =
    step.actsIn === 'approvingOrganisation'
      ? byMembership(actor, step.permission)
      : inScope(dossiers.nextActorPath, actor, step.permission);
  const duties =
    step.side === 'reviewer'
      ? and(
          separated(actor),
          // The appraiser never approves (separatedFrom).
          step.actsIn === 'approvingOrganisation'
            ? sql`${dossiers.appraisedBy} is distinct from ${actor.userId}`
            : undefined,
        )
      : undefined;
  return and(eq(dossiers.nextActorPermission, step.permission), who, duties)!;
}

/** One clause per kind of step (statuses sharing a step share it). */
const stepKinds = [
  ...new Map(
    Object.values(nextSteps)
      .filter((step): step is Exclude<typeof step, null> => step !== null)
      .map((step) => [step.permission, step as NextStep]),
  ).values(),
];

/**
 * What waits for the actor, most urgent first (due date, undated last, then the oldest), decided and
 * paged in one query: the dossier's stored next actor (next-actor.ts) is an organisation in the actor's
 * scope for the step's permission, the separation of duties holds, and the dossier is one they may read.
 * Only the page's rows are loaded whole. Stored next actors that a designation's start or end has
 * outdated are recomputed first (refreshStale: one index probe when there are none).
 */
export async function listInbox(
  db: Db,
  actor: Actor,
  regimes: Regimes,
  calendar: WorkingCalendar,
  today: string,
  page: { limit: number; offset: number },
) {
  await refreshStale(db, regimes, today);
  const where = and(
    inScope(operator.path, actor, 'dossier.read'),
    or(...stepKinds.map((step) => waitingFor(actor, step))),
  );
  // The page and the total in one scan: every row waiting is counted before the limit (a window over them all).
  const waiting = (limit: number, offset: number) =>
    selectDossierSummariesWith(db, { total: sql<number>`count(*) over ()`.mapWith(Number), ...relatedColumns })
      .where(where)
      .orderBy(sql`${dossiers.stepDueOn} asc nulls last`, asc(dossiers.createdAt), asc(dossiers.id))
      .limit(limit)
      .offset(offset);
  const rows = await waiting(page.limit, page.offset);
  // A page past the end has no row to carry the total: the first row tells it then.
  const total = rows[0]?.total ?? (page.offset > 0 ? ((await waiting(1, 0))[0]?.total ?? 0) : 0);
  const records = await loadDossierRecords(db, rows, regimes, {
    readBeside: relatedOf(rows),
    referenceVersion: actor.referenceVersion,
  });
  return {
    total,
    items: records.map((record) => ({
      record,
      daysLeft: record.dossier.stepDueOn ? workingDaysBetween(calendar, today, record.dossier.stepDueOn) : null,
    })),
  };
}
