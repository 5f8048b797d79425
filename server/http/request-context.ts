import type { Request } from 'express';
import { pickLocale, type Locale } from '#shared/i18n/translate.js';
import type { FailedAttemptsNotice } from '../modules/auth/failed-attempts.js';
import type { Actor } from '../policies/actor.js';

/** What authentication attaches to a request. */
interface RequestContext {
  actor?: Actor;
  csrfToken?: string;
  sessionTokenHash?: string;
  /** What the login that opened the session told its owner (server/modules/auth/failed-attempts.ts). */
  failedAttempts?: FailedAttemptsNotice | undefined;
}

const contexts = new WeakMap<Request, RequestContext>();

export function contextOf(req: Request): RequestContext {
  let context = contexts.get(req);
  if (!context) {
    context = {};
    contexts.set(req, context);
  }
  return context;
}

export function localeOf(req: Request): Locale {
  return pickLocale(req.get('accept-language'));
}

/**
 * The client's address: the connection's peer, or with TRUST_PROXY the address the trusted proxies
 * say they received the request from (server/http/trust-proxy-setting.ts), never what the client wrote.
 */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? '';
}
