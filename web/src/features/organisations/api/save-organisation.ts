import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/organisations/organisations.contract.js';
import type { OrganisationCreate, OrganisationUpdate } from '#shared/organisations/organisations.schemas.js';
import { call } from '../../../lib/api.js';
import { organisationKeys } from './organisations.js';

function useRefreshAfterSave() {
  const queryClient = useQueryClient();
  // Names show in system lists and breadcrumbs too.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['systems'] }),
    ]);
}

export function useUpdateOrganisation(id: string) {
  const refresh = useRefreshAfterSave();
  return useMutation({
    mutationFn: (body: OrganisationUpdate) => call(contracts.updateOrganisation, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useCreateOrganisation() {
  const refresh = useRefreshAfterSave();
  return useMutation({
    mutationFn: (body: OrganisationCreate) => call(contracts.createOrganisation, { body }),
    onSuccess: refresh,
  });
}
