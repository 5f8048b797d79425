import { createHash } from 'node:crypto';
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Response } from 'express';
import type { Tx } from '../../db/open-db.js';
import { loginAttempts } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { HttpError } from '../../http/http-error.js';

/** Whose password is being tried, and from where. */
export interface Attempt {
  /** As typed at the login form, trimmed and lower-cased (shared/auth/auth.schemas.ts), or the session's. */
  username: string;
  ip: string;
}

export type ThrottleLimits = Pick<
  Env,
  'LOGIN_MAX_FAILURES_PER_USER' | 'LOGIN_MAX_FAILURES_PER_ADDRESS' | 'LOGIN_WINDOW_MINUTES'
>;

/**
 * The scheme (docs/decisions.md#login-throttling-per-account-and-address), every count over the last
 * LOGIN_WINDOW_MINUTES and in the database, so that every server process shares it:
 *
 * - an account from one address: after LOGIN_MAX_FAILURES_PER_USER failures that pair is refused until the
 *   oldest of them leaves the window (15 minutes by default);
 * - one address, whatever the usernames: after LOGIN_MAX_FAILURES_PER_ADDRESS failures it is refused the same way;
 * - an account from every address together: once it has LOGIN_MAX_FAILURES_PER_USER failures, each attempt waits
 *   after the latest failure 1 s, then 2, 4, 8 … as failures add up, never more than the window divided by
 *   LOGIN_MAX_FAILURES_PER_USER (3 minutes by default).
 *
 * So an attacker at one address locks out only that address: the owner, elsewhere, waits a second. Many
 * addresses buy an attacker about LOGIN_MAX_FAILURES_PER_USER guesses per window after the first few, as one
 * address did before; the owner then waits at most the capped delay, never the whole window. A refused
 * attempt is not counted and its password is never looked at.
 */
function accountDelayMs(limits: ThrottleLimits, failures: number): number {
  const beyond = failures - limits.LOGIN_MAX_FAILURES_PER_USER;
  if (beyond < 0) return 0;
  const capMs = Math.max(1_000, (limits.LOGIN_WINDOW_MINUTES * 60_000) / limits.LOGIN_MAX_FAILURES_PER_USER);
  return Math.min(1_000 * 2 ** Math.min(beyond, 30), capMs);
}

// Two-key advisory locks, a space of their own apart from the audit chain's one-key lock.
const ACCOUNT_LOCKS = 7_434_010;
const ADDRESS_LOCKS = 7_434_011;
const lockKey = (text: string) => createHash('sha256').update(text).digest().readInt32BE(0);

/**
 * Holds, until the transaction ends, the account's lock and then the address's, always in that order so two
 * attempts can never wait on each other. Every attempt at one account (or from one address) counts, checks
 * its password and records the result while holding them: no attempt is checked on a count that misses
 * one still in progress. Two keys that hash alike only wait on each other a little longer.
 */
export async function lockAttempt(tx: Tx, attempt: Attempt): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ACCOUNT_LOCKS}, ${lockKey(attempt.username)})`);
  await tx.execute(sql`select pg_advisory_xact_lock(${ADDRESS_LOCKS}, ${lockKey(attempt.ip)})`);
}

/** The failures within the window that the scheme looks at, newest first. */
export interface RecentFailures {
  ofAccount: Array<{ ip: string; at: Date }>;
  fromAddress: Date[];
}

export async function recentFailures(tx: Tx, limits: ThrottleLimits, attempt: Attempt, now: Date) {
  const since = new Date(now.getTime() - limits.LOGIN_WINDOW_MINUTES * 60_000);
  const failed = and(eq(loginAttempts.succeeded, false), gte(loginAttempts.at, since));
  const ofAccount = await tx
    .select({ ip: loginAttempts.ip, at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, attempt.username), failed))
    .orderBy(desc(loginAttempts.at));
  const fromAddress = await tx
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, attempt.ip), failed))
    .orderBy(desc(loginAttempts.at))
    .limit(limits.LOGIN_MAX_FAILURES_PER_ADDRESS);
  return { ofAccount, fromAddress: fromAddress.map((row) => row.at) } satisfies RecentFailures;
}

/** How long this attempt must still wait (0: it may go ahead). */
export function waitMs(limits: ThrottleLimits, attempt: Attempt, failures: RecentFailures, now: Date): number {
  const windowMs = limits.LOGIN_WINDOW_MINUTES * 60_000;
  const perAccount = limits.LOGIN_MAX_FAILURES_PER_USER;
  const perAddress = limits.LOGIN_MAX_FAILURES_PER_ADDRESS;
  const fromHere = failures.ofAccount.filter((failure) => failure.ip === attempt.ip);
  const until = [
    // the pair and the address: until the failure that reached the limit leaves the window
    fromHere.length >= perAccount ? fromHere[perAccount - 1]!.at.getTime() + windowMs : 0,
    failures.fromAddress.length >= perAddress ? failures.fromAddress[perAddress - 1]!.getTime() + windowMs : 0,
    // the account from anywhere: a growing delay after its latest failure
    failures.ofAccount[0] ? failures.ofAccount[0].at.getTime() + accountDelayMs(limits, failures.ofAccount.length) : 0,
  ];
  return Math.max(0, ...until.map((time) => time - now.getTime()));
}

/**
 * After this failure, how many more this username may have from this address before the pair (or the address) is
 * refused for the window. Counted from the attempts table by username as typed, so an unknown username gets the
 * same countdown as a real one: the number tells nobody whether the account exists.
 */
export function attemptsLeftAfterFailure(limits: ThrottleLimits, attempt: Attempt, before: RecentFailures): number {
  const fromHere = before.ofAccount.filter((failure) => failure.ip === attempt.ip).length + 1;
  const fromAddress = before.fromAddress.length + 1;
  const left = Math.min(
    limits.LOGIN_MAX_FAILURES_PER_USER - fromHere,
    limits.LOGIN_MAX_FAILURES_PER_ADDRESS - fromAddress,
  );
  return Math.max(0, left);
}

/** The 429 for a refused attempt; Retry-After carries the exact wait, the message whole minutes. */
export function tooManyAttempts(res: Response, waitingMs: number): HttpError {
  res.set('Retry-After', String(Math.ceil(waitingMs / 1000)));
  return new HttpError('too_many_attempts', undefined, { minutes: Math.max(1, Math.ceil(waitingMs / 60_000)) });
}
