import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/index.js';
import { PageLoading } from '../components/ui/page-loading.js';
import { QueryError } from '../components/ui/query-error.js';
import { CurrentOrganisationProvider } from './current-organisation.js';

/** Pages behind it need a session; without one the person logs in and comes back to where they were. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading fullScreen />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <CurrentOrganisationProvider user={session.data.user}>
      <Outlet />
    </CurrentOrganisationProvider>
  );
}
