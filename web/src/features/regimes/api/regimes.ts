import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as contracts from '#shared/regimes/regimes.contract.js';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import { call } from '../../../lib/api.js';

const regimeKeys = {
  all: ['regimes'] as const,
  list: () => [...regimeKeys.all, 'list'] as const,
};

/** Both regimes in force, with an administrator's saved corrections. */
export function useRegimes() {
  return useQuery({
    queryKey: regimeKeys.list(),
    queryFn: ({ signal }) => call(contracts.listRegimes, { signal }),
    select: (data) => data.items,
  });
}

/** Which systems in scope would change level under the edited regime; the server saves nothing. */
export function usePreviewRegime() {
  return useMutation({
    mutationFn: (regime: Regime) => call(contracts.previewRegime, { params: { id: regime.id }, body: regime }),
  });
}

/** Saves the edited regime; the answer is the regime as now stored, shown without a reload. */
export function useUpdateRegime() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (regime: Regime) => call(contracts.updateRegime, { params: { id: regime.id }, body: regime }),
    onSuccess: (saved) =>
      queryClient.setQueryData<{ items: Regime[] }>(regimeKeys.list(), (data) =>
        data ? { items: data.items.map((regime) => (regime.id === saved.id ? saved : regime)) } : data,
      ),
  });
}

/** After a refused save, read the regimes again as they are now. */
export function useReloadRegimes() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: regimeKeys.all });
}
