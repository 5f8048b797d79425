import { useQuery } from '@tanstack/react-query';
import { getJobDashboard } from '#shared/jobs/jobs.contract.js';
import { call } from '../../../lib/api.js';

/** The queues, the failed jobs and the e-mail set-up (administrators of a top-level organisation only). */
export function useJobDashboard({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: ['jobs', 'dashboard'],
    queryFn: ({ signal }) => call(getJobDashboard, { signal }),
    enabled,
    // Counts move by themselves: what the page shows is at most a few seconds old while it is open.
    staleTime: 0,
    refetchInterval: 10_000,
  });
}
