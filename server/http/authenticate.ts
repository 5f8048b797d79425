import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Db } from '../db/open-db.js';
import type { Env } from '../env.js';
import { resolveSession } from '../modules/auth/sessions.js';
import { HttpError } from './http-error.js';
import { clientAddress, contextOf } from './request-context.js';

export const SESSION_COOKIE = 'capdo_session';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined; // a malformed cookie is no session, not a server error
      }
    }
  }
  return undefined;
}

/** Attaches the actor when the request carries a live session cookie; never rejects by itself. */
export function loadSession(db: Db, env: Env): RequestHandler {
  return async (req, _res, next) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) {
      const session = await resolveSession(db, env, token);
      if (session) Object.assign(contextOf(req), session, { actor: { ...session.actor, ip: clientAddress(req) } });
    }
    next();
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** 401 without a session; 403 when a state-changing request lacks the session's CSRF token. */
export function requireSession(req: Request, stateChanging: boolean): void {
  const context = contextOf(req);
  if (!context.actor || !context.csrfToken) throw new HttpError('unauthenticated');
  if (stateChanging && !sameToken(req.get('x-csrf-token') ?? '', context.csrfToken)) {
    throw new HttpError('csrf_failed');
  }
}
