import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { ChangePasswordForm, SessionList } from '../../features/account/index.js';
import { NotificationPreferencesCard } from '../../features/notifications/index.js';

/** "Tài khoản của tôi", reached from the account menu: one's own password and sessions. */
export default function AccountRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.account.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.account.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.account.intro')}</Typography.Paragraph>
      </PageHeader>
      <Card title={t('ui.account.password.title')} style={{ marginBottom: 16 }}>
        <ChangePasswordForm />
      </Card>
      <NotificationPreferencesCard />
      <Card title={t('ui.account.sessions.title')}>
        <SessionList />
      </Card>
    </>
  );
}
