import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DossierAction } from '#shared/dossiers/dossier-workflow.js';
import type { Role } from '#shared/users/users.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import { memberships, organisations, users } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { dossierAbilities } from '../../policies/dossier.policy.js';
import { loadActor } from '../auth/sessions.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import type { DossierRecord } from '../dossiers/queries.js';

/** A membership's organisation is `path` or one of its ancestors: its role covers `path`. */
const covers = (path: string): SQL => sql`starts_with(${path}, ${organisations.path})`;

/**
 * A membership in a designated security unit (or above it) whose designation, in force today, covers the
 * operator: the reviewers of the dossier's unit, wherever in the tree their own unit sits.
 */
const reviewsFor = (operatorPath: string, today: string): SQL => sql`exists (
  select 1 from designations d
  join organisations designated on designated.id = d.designated_organisation_id
  join organisations root on root.id = d.subtree_root_id
  where starts_with(designated.path, ${organisations.path})
    and starts_with(${operatorPath}, root.path)
    and d.valid_from <= ${today} and (d.valid_to is null or d.valid_to >= ${today}))`;

/** Active people holding one of `roles` in an organisation that matches `where`. */
async function activeMembers(db: Db | Tx, roles: readonly Role[], where: SQL): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.role, [...roles]), isNull(users.disabledAt), where));
  return rows.map((row) => row.userId);
}

/**
 * The people who can take one of `actions` on the dossier as it stands, decided by the same policy as the
 * dossier page's buttons (server/policies/dossier.policy.ts): scope, routing to the approving organisation,
 * separation of duties. The SQL only narrows the candidates to members of the organisations that could
 * hold the right (the operator's ancestors, the designated units covering it, the approving organisation's
 * ancestors); each candidate is then loaded as an actor and asked.
 */
export async function whoCanAct(db: Db, record: DossierRecord, actions: readonly DossierAction[]): Promise<Actor[]> {
  const operatorPath = record.operator.path;
  const approving = record.facts.approvingOrganisation;
  const candidates = await activeMembers(
    db,
    ['officer', 'appraiser', 'approver', 'admin'],
    or(
      covers(operatorPath),
      reviewsFor(operatorPath, todayInVietnam()),
      ...(approving ? [covers(approving.path)] : []),
    )!,
  );
  const actors = await Promise.all(candidates.map((userId) => loadActor(db, userId)));
  return actors.filter((actor): actor is Actor => {
    if (!actor) return false;
    const abilities = dossierAbilities(actor, record.facts);
    return actions.some((action) => abilities[action]);
  });
}

/** The active people holding one of `roles` over the dossier's unit (in it or above it). */
export function peopleOverUnit(db: Db, record: DossierRecord, roles: readonly Role[]): Promise<string[]> {
  return activeMembers(db, roles, covers(record.operator.path));
}
