import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as auth from '#shared/auth/auth.contract.js';
import type { LoginBody } from '#shared/auth/auth.schemas.js';
import { call, setCsrfToken } from '../../../lib/api.js';
import { sessionQueryKey } from './session.js';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => call(auth.login, { body, quiet401: true }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      // Nothing cached for a previous person may show to this one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
