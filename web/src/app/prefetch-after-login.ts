import { loadPageTexts } from '../lib/i18n.js';

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
      void Promise.all([
        import('./antd-shell.js'),
        import('./require-auth.js'),
        import('./layout/app-layout.js'),
        import('./routes/home.js'),
        loadPageTexts(),
      ]).catch(() => undefined),
    PREFETCH_DELAY_MS,
  );
  return () => window.clearTimeout(id);
}
