import type { Db, Tx } from '../../db/open-db.js';
import { loginAttempts } from '../../db/schema/index.js';
import { noteFailure } from './failed-attempts.js';
import {
  attemptsLeftAfterFailure,
  lockAttempt,
  recentFailures,
  waitMs,
  type Attempt,
  type ThrottleLimits,
} from './login-throttle.js';
import { perKeyQueue } from './per-key-queue.js';

/** What checking the password found: whether it let the person in, and whose account it was (if any). */
export interface PasswordVerdict {
  succeeded: boolean;
  userId: string | null;
}

/** attemptsLeft: after a failure, how many more before this username from this address is refused (else null). */
export type AttemptResult<V extends PasswordVerdict> =
  { refused: true; waitMs: number } | { refused: false; verdict: V; attemptsLeft: number | null };

/**
 * Tries a password (at the login form, or as the current password) as ONE step per account and per
 * address: take their locks, count the failures, check the password, record the attempt, commit. Held
 * across the check (scrypt, ~60 ms), the locks make simultaneous attempts queue, so the limit is
 * never overshot however many arrive at once. On PGlite, a single connection, a transaction excludes every
 * other query for its duration: the step stays short, and a refused attempt never reaches the check.
 */
export function passwordAttempts(db: Db, limits: ThrottleLimits) {
  const inTurn = perKeyQueue();
  return function attempt<V extends PasswordVerdict>(
    who: Attempt,
    check: (tx: Tx) => Promise<V>,
  ): Promise<AttemptResult<V>> {
    // Account, then address: the same order as the database locks, so nothing waits in a circle.
    return inTurn(`account:${who.username}`, () =>
      inTurn(`address:${who.ip}`, () =>
        db.transaction(async (tx): Promise<AttemptResult<V>> => {
          await lockAttempt(tx, who);
          const now = new Date();
          const before = await recentFailures(tx, limits, who, now);
          const waiting = waitMs(limits, who, before, now);
          if (waiting > 0) return { refused: true, waitMs: waiting };
          const verdict = await check(tx);
          const at = new Date();
          const { succeeded } = verdict;
          await tx.insert(loginAttempts).values({ username: who.username, ip: who.ip, succeeded, at });
          if (!verdict.succeeded && verdict.userId) {
            await noteFailure(tx, limits, { userId: verdict.userId, ip: who.ip, at, before });
          }
          const attemptsLeft = succeeded ? null : attemptsLeftAfterFailure(limits, who, before);
          return { refused: false, verdict, attemptsLeft };
        }),
      ),
    );
  };
}
