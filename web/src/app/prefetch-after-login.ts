import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '#shared/auth/auth.schemas.js';
import { loadPageTexts } from '../lib/i18n.js';
import { workingOrganisationOf } from './current-organisation.js';
import { dashboardOrganisationId, seesDashboard } from './routes/home-scope.js';

/**
 * The chunks of the first page behind the login, loaded by the router (app/router.tsx) and fetched ahead by the
 * login page: one list, so that the prefetch follows the router.
 */
export const loadAntdShell = () => import('./antd-shell.js');
export const loadRequireAuth = () => import('./require-auth.js');
export const loadAppLayout = () => import('./layout/app-layout.js');
export const loadHome = () => import('./routes/home.js');
/** The dashboard: only the people whose home it is load it (app/routes/home.tsx). */
export const loadReports = () => import('../features/reports/index.js');

/** A second after the form shows: the person has only begun to type, and the form's first paint is long done. */
const PREFETCH_DELAY_MS = 1000;

/**
 * What the first page behind the login needs (antd's shell, the layout, the home page and the pages' texts),
 * fetched while the person types their password: the login page loads without antd (components/plain), and
 * without this the home page waited for antd after the click. Errors are left to the navigation, which loads the
 * same chunks again and shows the route error if they still fail. Returns the effect's clean-up.
 */
export function prefetchAfterLogin() {
  const id = window.setTimeout(
    () =>
      void Promise.all([loadAntdShell(), loadRequireAuth(), loadAppLayout(), loadHome(), loadPageTexts()]).catch(
        () => undefined,
      ),
    PREFETCH_DELAY_MS,
  );
  return () => window.clearTimeout(id);
}

/**
 * The moment the login succeeds, when the home page comes next and shows the dashboard: its code and its two
 * requests start at once, beside the navigation, instead of one after the other once the page renders.
 */
export function prefetchDashboard(queryClient: QueryClient, session: Session, locale: string) {
  if (!seesDashboard(session.user)) return;
  const scope = { organisationId: dashboardOrganisationId(session, workingOrganisationOf(session.user)) };
  void loadReports()
    .then((reports) => reports.prefetchOverview(queryClient, scope, locale))
    .catch(() => undefined);
}
