import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/designations/designations.contract.js';
import type { DesignationCreate, DesignationUpdate } from '#shared/designations/designations.schemas.js';
import { MAX_PAGE_SIZE } from '#shared/common/pagination.js';
import { call } from '../../../lib/api.js';

const designationKeys = {
  all: ['designations'] as const,
  list: () => [...designationKeys.all, 'list'] as const,
  coverage: (asOf: string) => [...designationKeys.all, 'coverage', asOf] as const,
};

/**
 * Every designation in the caller's scope, past and future included (a province has a few dozen): the table shows
 * them all, so one entered for next month does not vanish from the screen that just saved it.
 */
export function useDesignations() {
  return useQuery({
    queryKey: designationKeys.list(),
    queryFn: ({ signal }) => call(contracts.listDesignations, { query: { limit: MAX_PAGE_SIZE }, signal }),
  });
}

/** Which commune-level units under the caller's top unit have none, one or several designations on the day. */
export function useDesignationCoverage(asOf: string) {
  return useQuery({
    queryKey: designationKeys.coverage(asOf),
    queryFn: ({ signal }) => call(contracts.designationCoverage, { query: { asOf }, signal }),
  });
}

/** After any change, both the list and every day's coverage may read differently. */
function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: designationKeys.all });
}

export function useCreateDesignation() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: DesignationCreate) => call(contracts.createDesignation, { body }),
    onSuccess: changed,
  });
}

export function useUpdateDesignation() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DesignationUpdate }) =>
      call(contracts.updateDesignation, { params: { id }, body }),
    onSuccess: changed,
  });
}

export function useDeleteDesignation() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      call(contracts.deleteDesignation, { params: { id }, query: { version } }),
    // Refused or not, the table should show the designations as they are now.
    onSettled: changed,
  });
}
