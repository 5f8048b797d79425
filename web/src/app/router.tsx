import { createBrowserRouter, type RouteObject } from 'react-router';
import { accountLinkPaths } from '#shared/users/account-link-paths.js';
import { PageLoading } from '../components/ui/page-loading.js';
import { loadPageTexts } from '../lib/i18n.js';
import { loadAntdShell, loadAppLayout, loadHome, loadRequireAuth } from './prefetch-after-login.js';
import LoginRoute from './routes/login.js';
import { RouteError } from './route-error.js';

/**
 * Each page but /login is its own chunk, fetched when first visited: the first screen stays light. Every page
 * also waits for the Vietnamese texts of the pages (lib/i18n.ts), fetched once, with the first of them.
 */
const page = (load: () => Promise<{ default: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await withPageTexts(load()))[0].default }),
});
const withPageTexts = <T,>(chunk: Promise<T>) => Promise.all([chunk, loadPageTexts()]);

/** A page of the users feature, loaded through its public entry (one chunk for the feature's pages). */
const usersPage = (name: 'UsersListPage' | 'UserNewPage' | 'UserDetailPage' | 'ActivatePage' | 'ResetPasswordPage') =>
  page(async () => ({ default: (await import('../features/users/index.js'))[name] }));

/** Where a one-time activation or reset link lands: open without a session, like /login. */
const accountLinkRoute = (path: string, name: 'ActivatePage' | 'ResetPasswordPage'): RouteObject => ({
  path,
  ...usersPage(name),
  errorElement: <RouteError />,
});

export const router = createBrowserRouter([
  {
    path: '/login',
    // In the first download, not a chunk fetched after it: the page most visits start on shows without a
    // second round of requests (its texts came with the first catalogue). It is drawn without antd.
    Component: LoginRoute,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading fullScreen />,
  },
  {
    // antd's theme and locale around every other page, loaded with the first of them (app/antd-shell.tsx).
    lazy: async () => ({ Component: (await loadAntdShell()).AntdShell }),
    errorElement: <RouteError />,
    // Shown while the first page's chunks load.
    hydrateFallbackElement: <PageLoading fullScreen />,
    children: [
      accountLinkRoute(accountLinkPaths.activate, 'ActivatePage'),
      accountLinkRoute(accountLinkPaths.reset, 'ResetPasswordPage'),
      {
        // Its errors reach the shell's error screen above.
        lazy: async () => ({ Component: (await loadRequireAuth()).RequireAuth }),
        children: [
          {
            // The menu, header and their widgets come with the first page behind the login, not with /login.
            lazy: async () => ({ Component: (await withPageTexts(loadAppLayout()))[0].AppLayout }),
            children: [
              {
                errorElement: <RouteError />,
                children: [
                  { index: true, ...page(loadHome) },
                  { path: 'dossiers', ...page(() => import('./routes/dossiers-list.js')) },
                  { path: 'dossiers/new', ...page(() => import('./routes/dossier-new.js')) },
                  { path: 'dossiers/:id', ...page(() => import('./routes/dossier-detail.js')) },
                  { path: 'level-assessment', ...page(() => import('./routes/level-assessment.js')) },
                  { path: 'systems', ...page(() => import('./routes/systems-list.js')) },
                  { path: 'systems/new', ...page(() => import('./routes/system-new.js')) },
                  { path: 'systems/:id', ...page(() => import('./routes/system-detail.js')) },
                  { path: 'systems/:id/edit', ...page(() => import('./routes/system-edit.js')) },
                  { path: 'organisations', ...page(() => import('./routes/organisations.js')) },
                  { path: 'organisations/:id', ...page(() => import('./routes/organisations.js')) },
                  { path: 'reports', ...page(() => import('./routes/reports.js')) },
                  { path: 'users', ...usersPage('UsersListPage') },
                  { path: 'users/new', ...usersPage('UserNewPage') },
                  { path: 'users/:id', ...usersPage('UserDetailPage') },
                  { path: 'onboarding', ...page(() => import('./routes/onboarding.js')) },
                  { path: 'designations', ...page(() => import('./routes/designations.js')) },
                  { path: 'holidays', ...page(() => import('./routes/holidays.js')) },
                  { path: 'audit', ...page(() => import('./routes/audit.js')) },
                  { path: 'document-settings', ...page(() => import('./routes/document-settings.js')) },
                  { path: 'document-registers', ...page(() => import('./routes/document-registers.js')) },
                  { path: 'regimes', ...page(() => import('./routes/regimes.js')) },
                  { path: 'notification-settings', ...page(() => import('./routes/notification-settings.js')) },
                  { path: 'jobs', ...page(() => import('./routes/jobs.js')) },
                  { path: 'notifications', ...page(() => import('./routes/notifications.js')) },
                  { path: 'account', ...page(() => import('./routes/account.js')) },
                  { path: '*', ...page(() => import('./routes/not-found.js')) },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
]);
