import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Request } from 'express';
import { accountLinkPaths, type AccountLinkPurpose } from '#shared/users/users.schemas.js';
import type { Tx } from '../../db/open-db.js';
import { accountLinks } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { dummyPasswordHash } from './passwords.js';

/*
 * One-time links with which a person sets their own password, so that no administrator ever sees or chooses one
 * they could reuse: a new account's activation link, and a reset link. The token is 32 random bytes, handed out
 * once in the link; the database keeps only its SHA-256 (a copy of the table opens no account).
 */

/** How long a link works: a week to hand over a new account, a day for a forgotten password. */
const LINK_LIFETIME_MS = {
  activate: 7 * 24 * 3_600_000,
  reset: 24 * 3_600_000,
} satisfies Record<AccountLinkPurpose, number>;

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A new link of this purpose for the person; their unused links of the same purpose stop working (deleted: the
 * audit trail records that each was issued, and a voided link has nothing left worth keeping).
 */
export async function issueAccountLink(
  tx: Tx,
  link: { userId: string; purpose: AccountLinkPurpose; createdBy: string },
): Promise<{ token: string; expiresAt: Date }> {
  await tx
    .delete(accountLinks)
    .where(
      and(eq(accountLinks.userId, link.userId), eq(accountLinks.purpose, link.purpose), isNull(accountLinks.usedAt)),
    );
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS[link.purpose]);
  await tx.insert(accountLinks).values({ ...link, tokenHash: hashLinkToken(token), expiresAt });
  return { token, expiresAt };
}

/**
 * Where people open capdo: PUBLIC_URL when set (it may hold a path prefix), else the address the administrator's
 * own request came to (behind a proxy, as TRUST_PROXY lets Express read it).
 */
export function publicBase(env: Pick<Env, 'PUBLIC_URL'>, req: Request): string {
  const base = env.PUBLIC_URL ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  return base.replace(/\/*$/, '/');
}

/** The web page that uses the link, with its token in the query string. */
export function accountLinkUrl(base: string, purpose: AccountLinkPurpose, token: string): string {
  const url = new URL(accountLinkPaths[purpose].slice(1), base);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * The password hash of an account awaiting activation: random, in the scheme and with the cost of a real one,
 * so no password opens it and a login to it takes the time any wrong password takes (nothing tells an outsider
 * that the account exists or waits for its activation).
 */
export async function unusablePasswordHash(): Promise<string> {
  const [scheme, n, r, p] = (await dummyPasswordHash()).split('$');
  return [scheme, n, r, p, randomBytes(16).toString('base64url'), randomBytes(32).toString('base64url')].join('$');
}
