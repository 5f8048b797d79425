import { useQuery } from '@tanstack/react-query';
import { health } from '#shared/health/health.contract.js';
import { call } from '../../../lib/api.js';

/** The server's public health answer: among others, whether it runs with the demo data. */
export function useServerHealth() {
  return useQuery({ queryKey: ['health'], queryFn: ({ signal }) => call(health, { signal }), staleTime: Infinity });
}
