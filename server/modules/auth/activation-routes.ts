import type { Router } from 'express';
import * as contracts from '#shared/auth/auth.contract.js';
import type { Db } from '../../db/open-db.js';
import { fieldError } from '../../http/http-error.js';
import { mountPublic } from '../../http/mount-route.js';
import { clientAddress } from '../../http/request-context.js';
import { hashLinkToken } from './activation-links.js';
import { findUsableLink, useLinkCheck } from './activation-use.js';
import { tooManyAttempts } from './login-throttle.js';
import type { passwordAttempts } from './password-attempt.js';
import { hashPassword } from './passwords.js';

/**
 * POST /api/auth/activate and /api/auth/reset: a person sets their password with a one-time link's token. Open
 * without a session, so throttled like the login form, through the same attempts (per address, and per token as
 * if it were an account): a made-up token is a failed attempt.
 */
export function mountAccountLinkRoutes(router: Router, db: Db, attempt: ReturnType<typeof passwordAttempts>) {
  const routes = [
    [contracts.activateAccount, 'activate'],
    [contracts.resetPassword, 'reset'],
  ] as const;
  for (const [contract, purpose] of routes) {
    mountPublic(router, contract, async ({ body, req, res }) => {
      const ip = clientAddress(req);
      const tokenHash = hashLinkToken(body.token);
      // The new password is hashed (~60 ms of CPU) only for a link that exists: made-up tokens cost a lookup.
      const passwordHash = (await findUsableLink(db, tokenHash, purpose)) ? await hashPassword(body.password) : '';
      // A key of its own per token (never the token): guessing at one token is limited like guessing at an account.
      const key = `link:${tokenHash.slice(0, 32)}`;
      const result = await attempt({ username: key, ip }, useLinkCheck({ tokenHash, purpose, passwordHash, ip }));
      if (result.refused) throw tooManyAttempts(res, result.waitMs);
      if (!result.verdict.succeeded) throw fieldError('token', 'validation.linkInvalid');
      return { ok: true as const, username: result.verdict.username };
    });
  }
}
