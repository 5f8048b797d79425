import { Router, type Response } from 'express';
import { eq } from 'drizzle-orm';
import * as contracts from '#shared/auth/auth.contract.js';
import type { Db } from '../../db/open-db.js';
import { users } from '../../db/schema/index.js';
import type { Env } from '../../env.js';
import { SESSION_COOKIE } from '../../http/authenticate.js';
import { fieldError, HttpError } from '../../http/http-error.js';
import { mountAuthed, mountPublic } from '../../http/mount-route.js';
import { clientAddress, contextOf } from '../../http/request-context.js';
import { assertLoginAllowed, recordLoginAttempt } from './login-throttle.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { presentUser } from './presenter.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { createSession, deleteOtherSessions, deleteSession, loadActor } from './sessions.js';

export function authRoutes(db: Db, env: Env): Router {
  const router = Router();

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
    await assertLoginAllowed(db, env, body.username, ip);
    const [user] = await db.select().from(users).where(eq(users.username, body.username));
    const valid = await verifyPassword(body.password, user?.passwordHash ?? (await dummyPasswordHash()));
    await recordLoginAttempt(db, body.username, ip, Boolean(user && valid && !user.disabledAt));
    if (!user || !valid || user.disabledAt) throw new HttpError('invalid_credentials');
    const actor = await loadActor(db, user.id);
    if (!actor) throw new HttpError('invalid_credentials');
    const session = await createSession(db, env, user.id, { ip, userAgent: req.get('user-agent') ?? '' });
    setCookie(res, session.token, session.expiresAt);
    return { user: presentUser(actor), csrfToken: session.csrfToken };
  });

  mountAuthed(router, contracts.logout, async ({ req, res }) => {
    await deleteSession(db, contextOf(req).sessionTokenHash!);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  mountAuthed(router, contracts.me, ({ actor, req }) => ({
    user: presentUser(actor),
    csrfToken: contextOf(req).csrfToken!,
  }));

  mountAuthed(router, contracts.changePassword, async ({ actor, body, req }) => {
    const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
    if (!user || !(await verifyPassword(body.currentPassword, user.passwordHash))) {
      throw fieldError('currentPassword', 'validation.wrongCurrentPassword');
    }
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

  return router;
}
