import { loadPageTexts } from '../lib/i18n.js';

/**
 * The chunks of the first page behind the login, loaded by the router (app/router.tsx) and fetched ahead by the
 * login page: one list, so that the prefetch follows the router.
 */
export const loadAntdShell = () => import('./antd-shell.js');
export const loadRequireAuth = () => import('./require-auth.js');
export const loadAppLayout = () => import('./layout/app-layout.js');
export const loadHome = () => import('./routes/home.js');

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
