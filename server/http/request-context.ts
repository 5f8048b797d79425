import type { Request } from 'express';
import { pickLocale, type Locale } from '#shared/i18n/translate.js';
import type { Actor } from '../policies/actor.js';

/** What authentication attaches to a request. */
interface RequestContext {
  actor?: Actor;
  csrfToken?: string;
  sessionTokenHash?: string;
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

export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? '';
}
