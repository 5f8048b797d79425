import { and, eq, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { workingDaysBetween, type WorkingCalendar } from '#shared/calendar/working-days.js';
import { dossierActions, editableStatuses, workflow } from '#shared/dossiers/dossier-workflow.js';
import type { Db } from '../../db/open-db.js';
import { dossiers } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { dossierAbilities } from '../../policies/dossier.policy.js';
import { inScope } from '../../policies/organisation-scope.js';
import { roleGrants, type Permission } from '../../policies/permissions.js';
import type { Regimes } from '../regimes/load-regimes.js';
import { loadDossierRecords, operator, selectDossiers, type DossierRecord } from './queries.js';

const reviewerActions = dossierActions.filter((action) => workflow[action].side === 'reviewer');

/** Neither prepared nor submitted by the actor (null-safe): separation of duties, already in SQL. */
const notMine = (actor: Actor, ...columns: AnyColumn[]) =>
  and(...columns.map((column) => sql`${column} is distinct from ${actor.userId}`))!;

/**
 * What waits for the actor, most urgent first. SQL narrows to the statuses the actor's rights
 * could act on, in scope and without their own dossiers; the exact abilities (approval routing
 * above all) are then computed per row, as on every dossier, so the inbox never offers what the
 * dossier page would refuse.
 */
export async function listInbox(
  db: Db,
  actor: Actor,
  regimes: Regimes,
  calendar: WorkingCalendar,
  today: string,
  page: { limit: number; offset: number },
) {
  const holdsAnywhere = (permission: Permission) =>
    actor.memberships.some((m) => (roleGrants[m.role] as readonly Permission[]).includes(permission));
  const clauses: SQL[] = [
    and(
      eq(dossiers.status, 'submitted'),
      inScope(operator.path, actor, 'dossier.appraise'),
      notMine(actor, dossiers.preparedBy, dossiers.submittedBy),
    )!,
    and(
      eq(dossiers.status, 'opinionRequested'),
      inScope(operator.path, actor, 'dossier.giveOpinion'),
      notMine(actor, dossiers.preparedBy, dossiers.submittedBy),
    )!,
    and(inArray(dossiers.status, [...editableStatuses]), inScope(operator.path, actor, 'dossier.update'))!,
  ];
  if (holdsAnywhere('dossier.approve')) {
    clauses.push(
      and(
        eq(dossiers.status, 'appraised'),
        notMine(actor, dossiers.preparedBy, dossiers.submittedBy, dossiers.appraisedBy),
      )!,
    );
  }
  const candidates = await selectDossiers(db).where(and(inScope(operator.path, actor, 'dossier.read'), or(...clauses)));
  const records = await loadDossierRecords(db, candidates, regimes);
  const actionable = records.filter((record) => {
    const abilities = dossierAbilities(actor, record.facts);
    return reviewerActions.some((action) => abilities[action]) || abilities.update;
  });
  actionable.sort(byUrgency);
  return {
    total: actionable.length,
    items: actionable.slice(page.offset, page.offset + page.limit).map((record) => ({
      record,
      daysLeft: record.dossier.stepDueOn ? workingDaysBetween(calendar, today, record.dossier.stepDueOn) : null,
    })),
  };
}

/** Due date ascending, undated last; then the oldest first. */
function byUrgency(a: DossierRecord, b: DossierRecord): number {
  const dueA = a.dossier.stepDueOn;
  const dueB = b.dossier.stepDueOn;
  if (dueA !== dueB) {
    if (dueA === null) return 1;
    if (dueB === null) return -1;
    return dueA < dueB ? -1 : 1;
  }
  return a.dossier.createdAt.getTime() - b.dossier.createdAt.getTime() || (a.dossier.id < b.dossier.id ? -1 : 1);
}
