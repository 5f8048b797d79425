import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as auth from '#shared/auth/auth.contract.js';
import type { z } from 'zod';
import type { changePasswordBodySchema } from '#shared/auth/auth.schemas.js';
import { call } from '../../../lib/api.js';

const sessionsKey = ['account', 'sessions'] as const;

/** The person's own open sessions, the current one first. */
export function useOwnSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: ({ signal }) => call(auth.listSessions, { signal }) });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(auth.endSession, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Changing the password ends every other session (POST /api/auth/password): the list shows it. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof changePasswordBodySchema>) => call(auth.changePassword, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}
