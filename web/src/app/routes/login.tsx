import { Alert, Flex, theme } from 'antd';
import { SafetyCertificateFilled } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/ui/document-title.js';
import { DemoNote, LoginForm, useSession } from '../../features/auth/index.js';
import { LanguageSwitch } from '../layout/language-switch.js';

/** Only a path inside the app: never another site, never back to /login. */
function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return '/';
  return value;
}

export default function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  const session = useSession();
  const { token } = theme.useToken();
  useDocumentTitle(t('ui.login.title'));

  if (session.data) return <Navigate to={next} replace />;

  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <main className="login-main">
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        {/* A card drawn here rather than antd's Card and Typography, which bring Tabs, Menu and Tooltip to the
            first page anyone downloads. */}
        <section
          className="login-card"
          style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: token.paddingLG }}
        >
          <Flex vertical align="center" gap={4} style={{ marginBottom: 24, textAlign: 'center' }}>
            <SafetyCertificateFilled aria-hidden style={{ fontSize: 40, color: '#1677ff' }} />
            <h1 style={{ fontSize: 22, fontWeight: 600, margin: '8px 0 0', color: token.colorTextHeading }}>
              {t('ui.login.title')}
            </h1>
            <strong>{t('ui.appTitle')}</strong>
            <span style={{ color: token.colorTextSecondary }}>{t('ui.login.intro')}</span>
          </Flex>
          {search.get('expired') === '1' && (
            <Alert type="warning" showIcon title={t('ui.login.sessionExpired')} style={{ marginBottom: 16 }} />
          )}
          <LoginForm onLoggedIn={() => void navigate(next, { replace: true })} />
          <DemoNote />
        </section>
      </main>
    </Flex>
  );
}
