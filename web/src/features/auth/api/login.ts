import { useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import type { LoginBody, Session } from '#shared/auth/auth.schemas.js';
import { call, setCsrfToken } from '../../../lib/api.js';
import { authContracts } from './auth-contracts.js';
import { clearSessionExpired, sessionQueryKey } from './session.js';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) => call((await authContracts()).login, { body, quiet401: true }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      clearSessionExpired();
      // Nothing cached for a previous person may show to this one; the same person logging in again after their
      // session expired (the re-login dialog) keeps the page they work on, and what failed meanwhile is fetched again.
      const before = queryClient.getQueryData<Session | null>(sessionQueryKey);
      const notSession = (query: Query) => query.queryKey[0] !== sessionQueryKey[0];
      if (before?.user.id === session.user.id) void queryClient.invalidateQueries({ predicate: notSession });
      else queryClient.removeQueries({ predicate: notSession });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
