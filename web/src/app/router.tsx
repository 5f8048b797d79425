import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoading } from '../components/ui/page-loading.js';
import { AppLayout } from './layout/app-layout.js';
import { RequireAuth } from './require-auth.js';
import { RouteError } from './route-error.js';

/** Each page is its own chunk, fetched when first visited: the first screen stays light. */
const page = (load: () => Promise<{ default: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const router = createBrowserRouter([
  {
    path: '/login',
    ...page(() => import('./routes/login.js')),
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading fullScreen />,
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    // Shown while the first page's chunk loads.
    hydrateFallbackElement: <PageLoading fullScreen />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, ...page(() => import('./routes/home.js')) },
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
              { path: '*', ...page(() => import('./routes/not-found.js')) },
            ],
          },
        ],
      },
    ],
  },
]);
