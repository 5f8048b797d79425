import { useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api.js';
import { healthContract } from './auth-contracts.js';

/** The server's public health answer: among others, whether it runs with the demo data. */
export function useServerHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: async ({ signal }) => call(await healthContract(), { signal }),
    staleTime: Infinity,
  });
}
