import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as auth from '#shared/auth/auth.contract.js';
import { call, setCsrfToken } from '../../../lib/api.js';
import { sessionQueryKey } from './session.js';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(auth.logout, { quiet401: true }),
    // Whatever the server answered, this browser forgets the session.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
