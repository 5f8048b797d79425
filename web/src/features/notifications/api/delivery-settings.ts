import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/notifications/notifications.contract.js';
import type { NotificationDefaults, NotificationPreferencesBody } from '#shared/notifications/notifications.schemas.js';
import { call } from '../../../lib/api.js';

const settingsKeys = {
  preferences: ['notifications', 'preferences'] as const,
  defaults: ['notifications', 'defaults'] as const,
};

/** The person's own delivery per kind, the digest hour, and whether e-mail can reach them. */
export function usePreferences() {
  return useQuery({
    queryKey: settingsKeys.preferences,
    queryFn: ({ signal }) => call(contracts.getNotificationPreferences, { signal }),
  });
}

/** Saves the person's choices; the answer is what is now stored, so the form starts again from it. */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferencesBody) => call(contracts.updateNotificationPreferences, { body }),
    onSuccess: (saved) => queryClient.setQueryData(settingsKeys.preferences, saved),
  });
}

/** The defaults every person starts from (administrators of a top-level organisation only). */
export function useDefaults({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: settingsKeys.defaults,
    queryFn: ({ signal }) => call(contracts.getNotificationDefaults, { signal }),
    enabled,
  });
}

export function useUpdateDefaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationDefaults) => call(contracts.updateNotificationDefaults, { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.defaults, saved);
      // A person who never chose follows the defaults: their own settings may read differently now.
      return queryClient.invalidateQueries({ queryKey: settingsKeys.preferences });
    },
  });
}
