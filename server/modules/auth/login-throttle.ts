import { and, count, eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/open-db.js';
import { loginAttempts } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { HttpError } from '../../http/http-error.js';

/**
 * Failed logins are counted in the database (shared by every server process) per username
 * and per address over a sliding window; past the limit the caller waits, whatever the password.
 */
export async function assertLoginAllowed(db: Db, env: Env, username: string, ip: string) {
  const since = new Date(Date.now() - env.LOGIN_WINDOW_MINUTES * 60_000);
  const failures = (column: typeof loginAttempts.username | typeof loginAttempts.ip, value: string) =>
    db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(column, value), eq(loginAttempts.succeeded, false), gte(loginAttempts.at, since)));
  const [[byUser], [byAddress]] = await Promise.all([
    failures(loginAttempts.username, username),
    failures(loginAttempts.ip, ip),
  ]);
  if (
    (byUser?.n ?? 0) >= env.LOGIN_MAX_FAILURES_PER_USER ||
    (byAddress?.n ?? 0) >= env.LOGIN_MAX_FAILURES_PER_ADDRESS
  ) {
    throw new HttpError('too_many_attempts', undefined, { minutes: env.LOGIN_WINDOW_MINUTES });
  }
}

export async function recordLoginAttempt(db: Db, username: string, ip: string, succeeded: boolean) {
  await db.insert(loginAttempts).values({ username, ip, succeeded });
}
