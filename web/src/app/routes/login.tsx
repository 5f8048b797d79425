import { Alert, Card, Flex, Typography } from 'antd';
import { SafetyCertificateFilled } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/ui/page-header.js';
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
  useDocumentTitle(t('ui.login.title'));

  if (session.data) return <Navigate to={next} replace />;

  return (
    <Flex vertical align="center" justify="center" className="login-page">
      <main className="login-main">
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Card className="login-card">
          <Flex vertical align="center" gap={4} style={{ marginBottom: 24, textAlign: 'center' }}>
            <SafetyCertificateFilled aria-hidden style={{ fontSize: 40, color: '#1677ff' }} />
            <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 0' }}>
              {t('ui.login.title')}
            </Typography.Title>
            <Typography.Text strong>{t('ui.appTitle')}</Typography.Text>
            <Typography.Text type="secondary">{t('ui.login.intro')}</Typography.Text>
          </Flex>
          {search.get('expired') === '1' && (
            <Alert type="warning" showIcon title={t('ui.login.sessionExpired')} style={{ marginBottom: 16 }} />
          )}
          <LoginForm onLoggedIn={() => void navigate(next, { replace: true })} />
          <DemoNote />
        </Card>
      </main>
    </Flex>
  );
}
