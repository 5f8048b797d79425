import { useQuery } from '@tanstack/react-query';
import * as auth from '#shared/auth/auth.contract.js';
import type { Session } from '#shared/auth/auth.schemas.js';
import { call, isApiError, setCsrfToken } from '../../../lib/api.js';

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when nobody is logged in (a 401 here is an answer, not an error). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await call(auth.me, { quiet401: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: 1 });
}
