import { Router, type Response } from 'express';
import { eq } from 'drizzle-orm';
import * as contracts from '#shared/auth/auth.contract.js';
import type { Db } from '../../db/open-db.js';
import { users } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { SESSION_COOKIE } from '../../http/authenticate.js';
import { fieldError, HttpError, notFound } from '../../http/http-error.js';
import { mountAuthed, mountPublic } from '../../http/mount-route.js';
import { clientAddress, contextOf } from '../../http/request-context.js';
import { mountAccountLinkRoutes } from './activation-routes.js';
import { currentPasswordCheck, loginCheck } from './log-in.js';
import { tooManyAttempts } from './login-throttle.js';
import { passwordAttempts } from './password-attempt.js';
import { dummyPasswordHash, hashPassword } from './passwords.js';
import { presentSession } from './presenter.js';
import { loginAttemptPruner } from './prune-login-attempts.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { createSession, deleteOtherSessions, deleteSession, loadActor } from './sessions.js';
import { endOwnSession, listOwnSessions } from './session-list.js';

export function authRoutes(db: Db, env: Env): Router {
  const router = Router();
  // One per app (per server process): logins and password changes to one account queue together.
  const attemptPassword = passwordAttempts(db, env);
  const pruneOldAttempts = loginAttemptPruner(db, env);
  // Setting a password with a one-time link is throttled through the same attempts as the login form.
  mountAccountLinkRoutes(router, db, attemptPassword);

  const setCookie = (res: Response, token: string, expires: Date) =>
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: env.COOKIE_SECURE,
      path: '/',
      expires,
    });

  mountPublic(router, contracts.login, async ({ body, req, res }) => {
    const ip = clientAddress(req);
    await pruneOldAttempts();
    const check = loginCheck(body.username, body.password, await dummyPasswordHash());
    const result = await attemptPassword({ username: body.username, ip }, check);
    if (result.refused) throw tooManyAttempts(res, result.waitMs);
    const { userId, notice } = result.verdict;
    if (!result.verdict.succeeded || !userId) {
      // The countdown is kept for unknown usernames too: the same answer, whether the account exists or not.
      const details = result.attemptsLeft === null ? {} : { attemptsLeft: result.attemptsLeft };
      throw new HttpError('invalid_credentials', undefined, {}, details);
    }
    const actor = await loadActor(db, userId);
    if (!actor) throw new HttpError('invalid_credentials');
    const userAgent = req.get('user-agent') ?? '';
    const session = await createSession(db, env, userId, { ip, userAgent, failedAttempts: notice });
    setCookie(res, session.token, session.expiresAt);
    return presentSession(actor, session.csrfToken, notice);
  });

  mountAuthed(router, contracts.logout, async ({ req, res }) => {
    await deleteSession(db, contextOf(req).sessionTokenHash!);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  mountAuthed(router, contracts.me, ({ actor, req }) =>
    presentSession(actor, contextOf(req).csrfToken!, contextOf(req).failedAttempts),
  );

  mountAuthed(router, contracts.changePassword, async ({ actor, body, req, res }) => {
    // Guessing the current password from a stolen session is throttled like guessing at the login form.
    const check = currentPasswordCheck(actor.userId, body.currentPassword);
    const result = await attemptPassword({ username: actor.username, ip: actor.ip }, check);
    if (result.refused) throw tooManyAttempts(res, result.waitMs);
    if (!result.verdict.succeeded) throw fieldError('currentPassword', 'validation.wrongCurrentPassword');
    const passwordHash = await hashPassword(body.newPassword);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
      // The audit trail records that the password changed, never the password or its hash.
      await appendAuditEvent(tx, {
        ...actorOf(actor),
        entityType: 'user',
        entityId: actor.userId,
        action: 'changePassword',
        organisationId: null,
      });
    });
    await deleteOtherSessions(db, actor.userId, contextOf(req).sessionTokenHash!);
    return { ok: true as const };
  });

  mountAuthed(router, contracts.listSessions, async ({ actor, req }) => ({
    items: await listOwnSessions(db, env, actor.userId, contextOf(req).sessionTokenHash!),
  }));

  mountAuthed(router, contracts.endSession, async ({ actor, params, req, res }) => {
    const ended = await endOwnSession(db, actor.userId, params.id, contextOf(req).sessionTokenHash!);
    if (!ended) throw notFound();
    if (ended.current) res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  return router;
}
