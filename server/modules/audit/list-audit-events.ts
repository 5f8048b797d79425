import { and, count, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditEvent, AuditEventListQuery } from '#shared/audit/audit-list.schemas.js';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import type { Db } from '../../db/open-db.js';
import { auditEvents, organisations, users } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { inScope } from '../../policies/organisation-scope.js';
import { roleGrants } from '../../policies/permissions.js';

/** An administrator (audit.read) of a top-level organisation: the only one who sees events that belong to no unit. */
export function readsWholeTrail(actor: Actor): boolean {
  return actor.memberships.some(
    (m) =>
      (roleGrants[m.role] as readonly string[]).includes('audit.read') &&
      m.path.split('/').filter(Boolean).length === 1,
  );
}

/**
 * The events the actor may read: those of units in the subtrees they administer, and, for an administrator of a
 * top-level organisation, those of no unit (people, regimes, holidays). Anything else does not exist for them.
 */
function visibleEvents(actor: Actor): SQL {
  const ofUnits = inScope(organisations.path, actor, 'audit.read');
  return readsWholeTrail(actor) ? or(ofUnits, isNull(auditEvents.organisationId))! : ofUnits;
}

/** The start of a day in Vietnam (UTC+7), as the instant the `at` column compares with. */
const startOfDayInVietnam = (day: string) => new Date(`${day}T00:00:00+07:00`);

function filters(query: AuditEventListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.actorUserId) conditions.push(eq(auditEvents.actorUserId, query.actorUserId));
  if (query.organisationId) {
    const under = sql`(select o.path || '%' from ${organisations} o where o.id = ${query.organisationId})`;
    conditions.push(sql`${organisations.path} like ${under}`);
  }
  if (query.entityType) conditions.push(eq(auditEvents.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditEvents.entityId, query.entityId));
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.from) conditions.push(gte(auditEvents.at, startOfDayInVietnam(query.from)));
  if (query.to) conditions.push(lt(auditEvents.at, startOfDayInVietnam(addCalendarDays(query.to, 1))));
  return conditions;
}

/**
 * One page of the audit trail, newest first by id (the order of appending: the primary key read backwards; the
 * chain's order, given by the sealer, differs only among events committed at the same moment). Events still
 * waiting for the sealer are listed too, without hashes. The keyed MAC is never selected: with the public hashes
 * it would let a reader check guesses against the key's output.
 */
export async function listAuditEvents(
  db: Db,
  actor: Actor,
  query: AuditEventListQuery,
): Promise<{ items: AuditEvent[]; total: number }> {
  const where = and(visibleEvents(actor), ...filters(query));
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.at,
        actorId: users.id,
        actorUsername: users.username,
        actorFullName: users.fullName,
        actorIp: auditEvents.actorIp,
        entityType: auditEvents.entityType,
        entityId: auditEvents.entityId,
        action: auditEvents.action,
        organisationId: organisations.id,
        organisationName: organisations.name,
        before: auditEvents.before,
        after: auditEvents.after,
        comment: auditEvents.comment,
        redeterminationReasons: auditEvents.redeterminationReasons,
        prevHash: auditEvents.prevHash,
        hash: auditEvents.hash,
      })
      .from(auditEvents)
      .leftJoin(organisations, eq(organisations.id, auditEvents.organisationId))
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ total: count() })
      .from(auditEvents)
      .leftJoin(organisations, eq(organisations.id, auditEvents.organisationId))
      .where(where),
  ]);
  return { items: rows.map(presentAuditEvent), total: totalRow?.total ?? 0 };
}

type EventRow = {
  id: number;
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  actorFullName: string | null;
  organisationId: string | null;
  organisationName: string | null;
} & Omit<AuditEvent, 'id' | 'at' | 'actor' | 'organisation'>;

function presentAuditEvent(row: EventRow): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actorId ? { id: row.actorId, username: row.actorUsername!, fullName: row.actorFullName! } : null,
    actorIp: row.actorIp,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    organisation: row.organisationId ? { id: row.organisationId, name: row.organisationName! } : null,
    before: row.before,
    after: row.after,
    comment: row.comment,
    redeterminationReasons: row.redeterminationReasons,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}
