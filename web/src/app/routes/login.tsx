import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { SafetyCertificateFilled } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PlainAlert } from '../../components/plain/index.js';
import { useDocumentTitle } from '../../components/ui/document-title.js';
import { DemoNote, LoginForm, useSession } from '../../features/auth/index.js';
import { LanguageSwitch } from '../layout/language-switch.js';
import { prefetchAfterLogin, prefetchDashboard } from '../prefetch-after-login.js';

/** Only a path inside the app: never another site, never back to /login. */
function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return '/';
  return value;
}

export default function LoginRoute() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // The account menu's logout comes here with this state (app/layout/account-menu.tsx).
  const loggedOut = (useLocation().state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const next = safeNext(search.get('next'));
  const session = useSession();
  useDocumentTitle(t('ui.login.title'));
  useEffect(prefetchAfterLogin, []);

  if (session.data) return <Navigate to={next} replace />;

  // Plain HTML and CSS (components/plain): the page shows before antd has loaded.
  return (
    <div className="login-page">
      <main className="login-main">
        <div className="login-language">
          <LanguageSwitch />
        </div>
        <section className="login-card">
          <div className="login-heading">
            <SafetyCertificateFilled aria-hidden className="login-heading__icon" />
            <h1>{t('ui.login.title')}</h1>
            <strong>{t('ui.appTitle')}</strong>
            <span className="login-heading__intro">{t('ui.login.intro')}</span>
          </div>
          {loggedOut && <PlainAlert type="success" title={t('ui.topBar.loggedOut')} style={{ marginBottom: 16 }} />}
          {search.get('expired') === '1' && (
            <PlainAlert type="warning" title={t('ui.login.sessionExpired')} style={{ marginBottom: 16 }} />
          )}
          <LoginForm
            onLoggedIn={(session) => {
              if (next === '/') prefetchDashboard(queryClient, session, i18n.language);
              void navigate(next, { replace: true });
            }}
          />
          <DemoNote />
        </section>
      </main>
    </div>
  );
}
