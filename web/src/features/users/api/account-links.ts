import { useMutation } from '@tanstack/react-query';
import * as auth from '#shared/auth/auth.contract.js';
import type { AccountLinkPurpose } from '#shared/users/users.schemas.js';
import { call } from '../../../lib/api.js';

const contractOf = { activate: auth.activateAccount, reset: auth.resetPassword } satisfies Record<
  AccountLinkPurpose,
  unknown
>;

/** Sets a password with a one-time link's token (public: no session, so no CSRF token and no 401 redirect). */
export function useAccountLink(purpose: AccountLinkPurpose) {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => call(contractOf[purpose], { body, quiet401: true }),
  });
}
