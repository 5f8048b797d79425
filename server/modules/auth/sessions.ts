import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { byVietnamese } from '#shared/common/vietnamese-order.js';
import type { Role } from '#shared/users/users.schemas.js';
import type { Db } from '../../db/open-db.js';
import { referenceVersionColumn } from '../../db/reference-cache.js';
import { statementPerDb } from '../../db/statement-per-db.js';
import { memberships, organisations, sessions, users } from '../../db/schema/index.js';
import { vietnameseOrder } from '../../db/vietnamese-order.js';
import type { Env } from '../../env.js';
import type { Actor, Grant } from '../../policies/actor.js';
import { designatedGrants, roleGrants, type Permission } from '../../policies/permissions.js';
import type { FailedAttemptsNotice } from './failed-attempts.js';
import { designationsInForceToday } from '../designations/in-force-today.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/**
 * How stale last_seen_at may get before a request writes it again: a minute at most (one write a
 * minute per active session, not one per request), and a tenth of the idle limit, so that with a
 * short SESSION_IDLE_MINUTES a session in steady use is refreshed long before it could look idle.
 */
const touchEveryMs = (env: Pick<Env, 'SESSION_IDLE_MINUTES'>) =>
  Math.min(60_000, (env.SESSION_IDLE_MINUTES * 60_000) / 10);

interface SessionMeta {
  ip: string;
  userAgent: string;
  /** What the login told the owner, kept so that GET /api/auth/me tells it again in this session. */
  failedAttempts?: FailedAttemptsNotice | undefined;
}

export async function createSession(db: Db, env: Env, userId: string, meta: SessionMeta) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + env.SESSION_ABSOLUTE_HOURS * 3_600_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent.slice(0, 300),
    failedAttemptsBefore: meta.failedAttempts?.count ?? 0,
    lastFailedAttemptBefore: meta.failedAttempts?.lastAt ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${keepTokenHash}`));
}

/**
 * Finds a live session (not past its absolute or idle expiry) and builds its actor. `touch: false` leaves its
 * last use as it was: for requests the browser makes by itself (the bell's event stream), which are no sign
 * that the person is still there.
 */
export async function resolveSession(db: Db, env: Env, token: string, { touch = true } = {}) {
  const tokenHash = hashToken(token);
  // The session, its user and the user's memberships in one statement: this runs on every request.
  const rows = await sessionStatement(db).execute({ tokenHash });
  const row = rows[0];
  if (!row) return undefined;
  const now = Date.now();
  const idleLimit = row.session.lastSeenAt.getTime() + env.SESSION_IDLE_MINUTES * 60_000;
  if (row.disabledAt || row.session.expiresAt.getTime() <= now || idleLimit <= now) {
    await deleteSession(db, tokenHash);
    return undefined;
  }
  if (touch && now - row.session.lastSeenAt.getTime() > touchEveryMs(env)) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const actor = await actorOf(db, rows, row.referenceVersion);
  const { failedAttemptsBefore: count, lastFailedAttemptBefore: lastAt } = row.session;
  const failedAttempts = count > 0 && lastAt ? { count, lastAt } : undefined;
  return { actor, csrfToken: row.session.csrfToken, sessionTokenHash: tokenHash, failedAttempts };
}

/** A person with one row per membership (none: one row of nulls), in the order the web app lists them. */
function selectPersonWithMemberships<Extra extends SelectedFields>(db: Db, extra: Extra) {
  return db
    .select({
      ...extra,
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      organisationId: organisations.id,
      organisationName: organisations.name,
      path: organisations.path,
      role: memberships.role,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .orderBy(organisations.depth, ...vietnameseOrder(organisations.nameOrder))
    .$dynamic();
}
/** The session, its person and their memberships, by the token's hash. */
const prepareSessionStatement = (db: Db) =>
  selectPersonWithMemberships(db, {
    session: sessions,
    disabledAt: users.disabledAt,
    referenceVersion: referenceVersionColumn,
  })
    .innerJoin(sessions, eq(sessions.userId, users.id))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('session_by_token');

/** Every request runs the session's statement: built once per database handle (about 0.16 ms a request otherwise). */
const sessionStatement = statementPerDb(prepareSessionStatement);

type PersonRow = Awaited<ReturnType<typeof selectPersonWithMemberships<Record<never, never>>>>[number];

/**
 * The user's memberships and the grants they give, including designated-unit subtrees. Two statements
 * whoever the person is (the person with their memberships; the designations in force with the subtrees
 * they cover).
 */
export async function loadActor(db: Db, userId: string): Promise<Actor | undefined> {
  const rows = await selectPersonWithMemberships(db, {}).where(eq(users.id, userId));
  return rows.length > 0 ? actorOf(db, rows) : undefined;
}

/** The actor of a person's rows (selectPersonWithMemberships); reviewers' designations are read here. */
async function actorOf(db: Db, rows: PersonRow[], referenceVersion?: number): Promise<Actor> {
  const user = rows[0]!;
  const actorMemberships = rows.flatMap(({ organisationId, organisationName, path, role }) =>
    organisationId !== null && organisationName !== null && path !== null && role !== null
      ? [{ organisationId, organisationName, path, role: role as Role }]
      : [],
  );
  const grants: Grant[] = actorMemberships.map((m) => ({
    path: m.path,
    permissions: new Set<Permission>(roleGrants[m.role]),
  }));

  const reviewedSubtrees: NonNullable<Actor['reviewedSubtrees']> = [];
  const reviewerMemberships = actorMemberships.filter((m) => designatedGrants[m.role].length > 0);
  if (reviewerMemberships.length > 0) {
    // Designations run from and to calendar days in Vietnam, not in UTC.
    const designated = [...(await designationsInForceToday(db, referenceVersion)).values()];
    const reviewed = new Map<string, { organisationId: string; organisationName: string }>();
    for (const membership of reviewerMemberships) {
      for (const { unit, root: covered } of designated) {
        if (unit.path.startsWith(membership.path)) {
          grants.push({ path: covered.path, permissions: new Set(designatedGrants[membership.role]) });
          reviewed.set(covered.id, { organisationId: covered.id, organisationName: covered.name });
        }
      }
    }
    reviewedSubtrees.push(...[...reviewed.values()].sort(byVietnamese((subtree) => subtree.organisationName)));
  }
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    memberships: actorMemberships,
    grants,
    reviewedSubtrees,
    ip: '',
    ...(referenceVersion === undefined ? {} : { referenceVersion }),
  };
}
