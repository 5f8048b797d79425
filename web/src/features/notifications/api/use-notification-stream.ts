import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { streamNotifications } from '#shared/notifications/notifications.contract.js';
import { unreadCountSchema } from '#shared/notifications/notifications.schemas.js';
import { dossierListKeys } from '../../dossiers/index.js';
import { applyUnreadCount, notificationKeys } from './notifications.js';

/** The count an event carries, or null for anything else (a proxy's page, a message of another shape). */
function unreadOf(event: MessageEvent<unknown>): number | null {
  try {
    const parsed = unreadCountSchema.safeParse(JSON.parse(String(event.data)));
    return parsed.success ? parsed.data.unread : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the bell and the lists current while a person is logged in: one EventSource per session (closed when
 * the person logs out or another logs in; the browser reconnects it by itself after a network cut). A change
 * of count means notifications came or were read, usually because a dossier moved: the inbox and the dossier
 * lists are fetched again too, so the page shows the step without a reload.
 */
export function useNotificationStream(userId: string | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId || typeof EventSource === 'undefined') return;
    // `event: unread`, `data: {"unread": n}` at each (re)connection and after every change of the count.
    const source = new EventSource(streamNotifications.path);
    // The first event of a connection states the count as it stands: when it is the one already shown, nothing
    // changed (the page has just loaded, or the server ended an idle stream and the browser opened another).
    let connecting = true;
    const onOpen = () => (connecting = true);
    const onUnread = (event: MessageEvent<unknown>) => {
      const unread = unreadOf(event);
      if (unread === null) return;
      const unchanged = connecting && queryClient.getQueryData<number>(notificationKeys.unread()) === unread;
      connecting = false;
      if (unchanged) return;
      void applyUnreadCount(queryClient, unread);
      for (const queryKey of dossierListKeys) void queryClient.invalidateQueries({ queryKey });
    };
    source.addEventListener('open', onOpen);
    source.addEventListener('unread', onUnread);
    return () => {
      source.removeEventListener('open', onOpen);
      source.removeEventListener('unread', onUnread);
      source.close();
    };
  }, [userId, queryClient]);
}
