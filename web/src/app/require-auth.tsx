import { Navigate, Outlet, useLocation } from 'react-router';
import { sessionExpired, useSession } from '../features/auth/index.js';
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
    // Back to the same page and tab (the tab is in the search) after the login, told why when the session expired.
    const search = new URLSearchParams();
    const next = location.pathname + location.search;
    if (next !== '/') search.set('next', next);
    if (sessionExpired()) search.set('expired', '1');
    const query = search.toString();
    return <Navigate to={query ? `/login?${query}` : '/login'} replace />;
  }
  return (
    <CurrentOrganisationProvider user={session.data.user}>
      <Outlet />
    </CurrentOrganisationProvider>
  );
}
