import { lt } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { loginAttempts } from '../../db/schema/index.js';
import type { Env } from '../../env.js';

const PRUNE_EVERY_MS = 60_000;

/**
 * Deletes the login attempts older than the throttling window, which no count looks at any more: at most
 * once a minute per server process, on a login, so the table stays as small as one window of attempts.
 * What the owner is told at the next login is kept on the account, not in these rows.
 */
export function loginAttemptPruner(db: Db, env: Pick<Env, 'LOGIN_WINDOW_MINUTES'>) {
  let lastPruned = -Infinity;
  return async function pruneOldAttempts(): Promise<void> {
    const now = Date.now();
    if (now - lastPruned < PRUNE_EVERY_MS) return;
    lastPruned = now;
    const before = new Date(now - env.LOGIN_WINDOW_MINUTES * 60_000);
    await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
  };
}
