import { Router } from 'express';
import * as contracts from '#shared/notifications/notifications.contract.js';
import type { Background } from '../../background.js';
import type { Db } from '../../db/open-db.js';
import type { Env } from '../../env.js';
import { readCookie, SESSION_COOKIE } from '../../http/authenticate.js';
import { forbidden, HttpError } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { canChangeSettings } from '../../policies/settings.policy.js';
import { resolveSession } from '../auth/sessions.js';
import { loadNotificationDefaults } from './delivery-preferences.js';
import { countUnread, listOwnNotifications, markOwnNotificationsRead } from './notification-queries.js';
import { presentNotification } from './notification-presenter.js';
import { loadOwnPreferences, saveOwnPreferences } from './own-preferences.js';
import { saveNotificationDefaults } from './save-notification-defaults.js';
import { sessionStillLive } from './session-still-live.js';
import { streamUnreadCount } from './unread-stream.js';

/** The bell: each person's own notifications and delivery choices; the defaults for top-level administrators. */
export function notificationRoutes(db: Db, background: Pick<Background, 'mailer'>): Router {
  const router = Router();

  mountAuthed(router, contracts.listNotifications, async ({ actor, query }) => {
    const page = await listOwnNotifications(db, actor.userId, query);
    return { items: page.items.map(presentNotification), total: page.total, unread: page.unread };
  });

  mountAuthed(router, contracts.markNotificationsRead, async ({ actor, body }) => ({
    unread: await markOwnNotificationsRead(db, actor.userId, body.ids),
  }));

  mountAuthed(router, contracts.getNotificationPreferences, ({ actor }) =>
    loadOwnPreferences(db, actor.userId, background.mailer.enabled),
  );

  mountAuthed(router, contracts.updateNotificationPreferences, async ({ actor, body }) => {
    await saveOwnPreferences(db, actor.userId, body);
    return loadOwnPreferences(db, actor.userId, background.mailer.enabled);
  });

  mountAuthed(router, contracts.getNotificationDefaults, ({ actor }) => {
    if (!canChangeSettings(actor)) throw forbidden();
    return loadNotificationDefaults(db);
  });

  mountAuthed(router, contracts.updateNotificationDefaults, async ({ actor, body }) => {
    if (!canChangeSettings(actor)) throw forbidden();
    await saveNotificationDefaults(db, actor, body);
    return loadNotificationDefaults(db);
  });

  return router;
}

/**
 * The bell's live count (server-sent events). Mounted before the session middleware: the browser keeps this
 * request open and opens it again by itself, which is no sign the person is there, so it reads the session
 * without refreshing its last use; an idle session still expires, and its stream with it.
 */
export function notificationStreamRoutes(db: Db, env: Env, background: Pick<Background, 'bus'>): Router {
  const router = Router();
  const contract = contracts.streamNotifications;
  router[contract.method](contract.path, async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    const session = token ? await resolveSession(db, env, token, { touch: false }) : undefined;
    if (!session) throw new HttpError('unauthenticated');
    const { userId } = session.actor;
    streamUnreadCount(res, {
      subscribe: (listener) => background.bus.subscribe(userId, listener),
      unread: () => countUnread(db, userId),
      sessionLive: () => sessionStillLive(db, env, session.sessionTokenHash),
    });
  });
  return router;
}
