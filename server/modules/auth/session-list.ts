import { and, asc, eq, gt } from 'drizzle-orm';
import type { ActiveSession } from '#shared/auth/session-list.schemas.js';
import type { Db } from '../../db/open-db.js';
import { sessions } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { summariseUserAgent } from './user-agent.js';

/**
 * The person's own sessions that still work: not past their absolute expiry nor idle too long (the
 * rules of resolveSession in sessions.ts). Each is shown by its public id, never by its token's hash.
 */
export async function listOwnSessions(
  db: Db,
  env: Pick<Env, 'SESSION_IDLE_MINUTES'>,
  userId: string,
  currentTokenHash: string,
): Promise<ActiveSession[]> {
  const now = Date.now();
  const rows = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, new Date(now)),
        gt(sessions.lastSeenAt, new Date(now - env.SESSION_IDLE_MINUTES * 60_000)),
      ),
    )
    .orderBy(asc(sessions.createdAt), asc(sessions.id));
  return rows
    .map((row) => ({
      id: row.id,
      device: summariseUserAgent(row.userAgent),
      address: row.ip,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      current: row.tokenHash === currentTokenHash,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/**
 * Ends one of the person's own sessions by its public id; its next request answers 401. Whether the id is
 * another person's session or no session at all, nothing happens and the answer is the same (false: 404).
 * Says whether it was the session the request came with (whose cookie is then cleared).
 */
export async function endOwnSession(db: Db, userId: string, sessionId: string, currentTokenHash: string) {
  const [ended] = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .returning({ tokenHash: sessions.tokenHash });
  return ended ? { current: ended.tokenHash === currentTokenHash } : undefined;
}
