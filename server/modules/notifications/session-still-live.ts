import { eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { sessions, users } from '../../db/schema/index.js';
import type { Env } from '../../env.js';

/**
 * Whether the session a stream was opened with still stands: not ended (logout, an administrator, a password
 * change), not past its absolute or idle expiry (the rules of resolveSession in auth/sessions.ts), its owner not
 * disabled. One read, and no write: checking does not count as the person's activity.
 */
export async function sessionStillLive(db: Db, env: Env, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .select({ expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  const now = Date.now();
  return (
    !!row &&
    !row.disabledAt &&
    row.expiresAt.getTime() > now &&
    row.lastSeenAt.getTime() + env.SESSION_IDLE_MINUTES * 60_000 > now
  );
}
