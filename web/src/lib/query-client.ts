import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error.js';

/** Retries only what may pass on a second try: network failures and server faults, never a 4xx. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => failures < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    },
    mutations: { retry: false },
  },
});
