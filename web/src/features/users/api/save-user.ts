import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/users/users.contract.js';
import type { RoleGrant, UserAccount, UserCreate, UserUpdate } from '#shared/users/users.schemas.js';
import { call } from '../../../lib/api.js';
import { userKeys } from './users.js';

/** After any change to an account: the lists may show it differently, the page shows it as the server answered. */
function useSaved() {
  const queryClient = useQueryClient();
  return async (user: UserAccount) => {
    queryClient.setQueryData(userKeys.one(user.id), user);
    await queryClient.invalidateQueries({ queryKey: [...userKeys.all, 'list'] });
  };
}

/**
 * The answer carries the activation link: it is handed to the page once and never cached (gcTime 0), so it is
 * not kept in memory after the page that shows it is gone.
 */
export function useCreateUser() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UserCreate) => call(contracts.createUser, { body }),
    onSuccess: (created) => saved(created.user),
    gcTime: 0,
  });
}

export function useUpdateUser(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UserUpdate) => call(contracts.updateUser, { params: { id }, body }),
    onSuccess: saved,
  });
}

export function useGrantRole(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: RoleGrant) => call(contracts.grantRole, { params: { id }, body }),
    onSuccess: saved,
  });
}

export function useRevokeRole(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (membershipId: string) => call(contracts.revokeRole, { params: { id, membershipId } }),
    onSuccess: saved,
  });
}

/** A new one-time link; like the creation's, never cached. */
export function useIssueLink(id: string, purpose: 'activate' | 'reset') {
  return useMutation({
    mutationFn: async () => {
      if (purpose === 'activate') {
        const link = await call(contracts.issueActivationLink, { params: { id } });
        return { url: link.activationUrl, expiresAt: link.expiresAt };
      }
      const link = await call(contracts.issueResetLink, { params: { id } });
      return { url: link.resetUrl, expiresAt: link.expiresAt };
    },
    gcTime: 0,
  });
}
