import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open-db.js';
import { dossierPreparers } from '../../db/schema/index.js';
import { dossierPreparingActions, systemPreparingActions } from './preparers.js';

/**
 * Keeps dossier_preparers equal to what the audit trail says (preparersFromAuditTrail in preparers.ts), in the
 * transaction of every change: appendAuditEvents adds the actors of the events it appends (preparersOfEvents), and
 * whoever changes a dossier's systems recomputes that dossier (refreshDossierPreparers), since the trail counts a
 * system's events since the dossier's creation, even those from before the system was added, and stops counting them
 * once it is removed.
 *
 * An actor who is not a user is left out (the table's foreign key): there is no one to bar.
 */

/** The appended event as preparersOfEvents needs it. */
export interface AppendedEvent {
  at: Date;
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  action: string;
}

/** An id as a dossier's or a system's id is written in the trail (uuid::text): nothing else names one. */
const storedUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Rows per statement: 3 parameters each, well under PostgreSQL's 65,535. */
const CHUNK = 1_000;

/**
 * Adds the actors of these just appended events: a dossier's event with a preparing action to that dossier, a
 * system's to every dossier covering the system that was created at or before the event. Nothing is ever removed
 * here: an event only adds to what the trail says.
 */
export async function preparersOfEvents(tx: Tx, events: readonly AppendedEvent[]): Promise<void> {
  const preparing = events.filter(
    (event) =>
      event.actorUserId !== null &&
      storedUuid.test(event.entityId) &&
      ((event.entityType === 'dossier' && dossierPreparingActions.includes(event.action)) ||
        (event.entityType === 'system' && systemPreparingActions.includes(event.action))),
  );
  for (let start = 0; start < preparing.length; start += CHUNK) {
    const chunk = preparing.slice(start, start + CHUNK);
    const ofDossiers = chunk.filter((event) => event.entityType === 'dossier');
    const ofSystems = chunk.filter((event) => event.entityType === 'system');
    const parts: SQL[] = [];
    if (ofDossiers.length > 0)
      parts.push(sql`select d.id as dossier_id, v.user_id
        from (values ${sql.join(
          ofDossiers.map((event) => sql`(${event.entityId}::uuid, ${event.actorUserId}::uuid)`),
          sql`, `,
        )}) v(dossier_id, user_id)
        join dossiers d on d.id = v.dossier_id`);
    if (ofSystems.length > 0)
      parts.push(sql`select ds.dossier_id, v.user_id
        from (values ${sql.join(
          ofSystems.map(
            (event) =>
              sql`(${event.entityId}::uuid, ${event.actorUserId}::uuid, ${event.at.toISOString()}::timestamptz)`,
          ),
          sql`, `,
        )}) v(system_id, user_id, at)
        join dossier_systems ds on ds.system_id = v.system_id
        join dossiers d on d.id = ds.dossier_id and d.created_at <= v.at`);
    await insertPreparers(tx, sql.join(parts, sql` union `));
  }
}

/**
 * Recomputes these dossiers' preparers from the audit trail ('all': every dossier's, as the migration that made the
 * table did): for a dossier whose systems have just changed, or whose events or systems were written without the
 * workflow (the benchmarks' generator, the test factories).
 */
export async function refreshDossierPreparers(db: Db | Tx, scope: { dossierIds: string[] } | 'all'): Promise<void> {
  if (scope !== 'all' && scope.dossierIds.length === 0) return;
  const ofDossier = (column: SQL) =>
    scope === 'all'
      ? sql`true`
      : sql`${column} in (${sql.join(
          scope.dossierIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  // A system edited while a save adds it to a dossier: the edit's transaction would not see the new coverage, nor
  // this one the edit's event. Sharing the systems' rows makes one wait for the other's commit (an edit updates its
  // row first), so whichever writes last sees what the other wrote.
  if (scope !== 'all')
    await db.execute(sql`select 1 from information_systems s join dossier_systems ds on ds.system_id = s.id
      where ${ofDossier(sql`ds.dossier_id`)} for share of s`);
  await db.delete(dossierPreparers).where(ofDossier(sql`${dossierPreparers.dossierId}`));
  await insertPreparers(
    db,
    sql`select d.id as dossier_id, e.actor_user_id as user_id
      from dossiers d
      join audit_events e on e.entity_type = 'dossier' and e.entity_id = d.id::text
      where ${ofDossier(sql`d.id`)} and e.action in ${actionList(dossierPreparingActions)}
        and e.actor_user_id is not null
      union
      select ds.dossier_id, e.actor_user_id
      from dossier_systems ds
      join dossiers d on d.id = ds.dossier_id
      join audit_events e on e.entity_type = 'system' and e.entity_id = ds.system_id::text and e.at >= d.created_at
      where ${ofDossier(sql`ds.dossier_id`)} and e.action in ${actionList(systemPreparingActions)}
        and e.actor_user_id is not null`,
  );
}

const actionList = (actions: string[]) =>
  sql`(${sql.join(
    actions.map((action) => sql`${action}`),
    sql`, `,
  )})`;

/**
 * The INSERT of the (dossier_id, user_id) pairs selected, once each, in key order (one lock order for every writer);
 * a draft's save sends it inside its own statement (update-dossier.ts).
 */
export const preparersInsert = (pairs: SQL): SQL => sql`insert into dossier_preparers (dossier_id, user_id)
    select p.dossier_id, p.user_id from (${pairs}) p
    where exists (select 1 from users u where u.id = p.user_id)
    order by 1, 2
    on conflict do nothing`;

async function insertPreparers(db: Db | Tx, pairs: SQL): Promise<void> {
  await db.execute(preparersInsert(pairs));
}
