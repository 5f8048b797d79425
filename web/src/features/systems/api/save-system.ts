import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/systems/systems.contract.js';
import type { SystemCreate, SystemUpdate } from '#shared/systems/systems.schemas.js';
import { call } from '../../../lib/api.js';
import { systemKeys } from './systems.js';

export function useUpdateSystem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SystemUpdate) => call(contracts.updateSystem, { params: { id }, body }),
    onSuccess: async (system) => {
      await queryClient.invalidateQueries({ queryKey: [...systemKeys.all, 'list'] });
      queryClient.setQueryData(systemKeys.one(system.id), system);
    },
  });
}

export function useCreateSystem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SystemCreate) => call(contracts.createSystem, { body }),
    onSuccess: async (system) => {
      queryClient.setQueryData(systemKeys.one(system.id), system);
      await queryClient.invalidateQueries({ queryKey: [...systemKeys.all, 'list'] });
    },
  });
}
