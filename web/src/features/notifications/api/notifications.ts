import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/notifications/notifications.contract.js';
import type { MarkReadBody } from '#shared/notifications/notifications.schemas.js';
import { call } from '../../../lib/api.js';
import type { NotificationListParams } from './list-params.js';

export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (params: NotificationListParams) => [...notificationKeys.lists(), params] as const,
  /** The bell's count, kept current by the stream (use-notification-stream.ts) and by marking read. */
  unread: () => [...notificationKeys.all, 'unread'] as const,
};

/** What the bell's panel shows: the newest ones, read or not. */
export const latestParams: NotificationListParams = { unreadOnly: false, page: 1, pageSize: 10 };

/** One page of the person's notifications, newest first; the previous page stays on screen while the next loads. */
export function useNotifications(params: NotificationListParams, { enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: notificationKeys.list(params),
    queryFn: async ({ signal }) => {
      const page = await call(contracts.listNotifications, {
        signal,
        query: {
          unread: params.unreadOnly ? 'true' : undefined,
          limit: params.pageSize,
          offset: (params.page - 1) * params.pageSize,
        },
      });
      // Every page carries the person's unread count: the bell shows the newest one seen.
      queryClient.setQueryData(notificationKeys.unread(), page.unread);
      return page;
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The person's unread count: one row's page for its count, then whatever the stream and the pages say. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: async ({ signal }) => (await call(contracts.listNotifications, { signal, query: { limit: 1 } })).unread,
    staleTime: Infinity,
  });
}

/** The count changed (the stream said so, or notifications were read): the bell and every list follow. */
export function applyUnreadCount(queryClient: QueryClient, unread: number) {
  queryClient.setQueryData(notificationKeys.unread(), unread);
  return queryClient.invalidateQueries({ queryKey: notificationKeys.lists() });
}

/** Marks the given notifications read, or all of them without ids. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkReadBody) => call(contracts.markNotificationsRead, { body }),
    onSuccess: ({ unread }) => applyUnreadCount(queryClient, unread),
  });
}
