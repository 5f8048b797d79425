import { useQuery } from '@tanstack/react-query';
import type { Session } from '#shared/auth/auth.schemas.js';
import type { User } from '#shared/users/users.schemas.js';
import { call, isApiError, setCsrfToken } from '../../../lib/api.js';
import { authContracts } from './auth-contracts.js';

export const sessionQueryKey = ['session'] as const;

// Did the session end under the person's hands (a 401 while they worked), rather than never exist?
let expiredWhileWorking = false;
/** A 401 during work: the login page then says the session expired. */
export const markSessionExpired = () => {
  expiredWhileWorking = true;
};
export const sessionExpired = () => expiredWhileWorking;
/** A login ends the expiry. */
export const clearSessionExpired = () => {
  expiredWhileWorking = false;
};

/** The current session, or null when nobody is logged in (a 401 here is an answer, not an error). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await call((await authContracts()).me, { quiet401: true });
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

/**
 * Does the person hold an administrator's role anywhere? Only they see the administration pages and menu entries.
 * It lives with the session, not in the users feature, so the menu does not pull the users pages into the first chunk.
 */
export const holdsAdminRole = (user: User | null | undefined) =>
  Boolean(user?.memberships.some((membership) => membership.role === 'admin'));
