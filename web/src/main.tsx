import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import './lib/i18n.js';
import './app/styles.css';
import './app/accessibility.css';
import { markSessionExpired, sessionQueryKey } from './features/auth/index.js';
import { setUnauthenticatedHandler } from './lib/api.js';
import { queryClient } from './lib/query-client.js';
import { router } from './app/router.js';

// A 401 anywhere (unless a page with unsaved work takes it over: lib/session-expiry.ts) forgets the session;
// RequireAuth then sends the person to /login?next=<here>, which says why.
setUnauthenticatedHandler(() => {
  markSessionExpired();
  queryClient.setQueryData(sessionQueryKey, null);
});

// antd comes with the first page behind the login (app/antd-shell.tsx), not here: the login page is plain.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
