import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { NotificationDefaultsScreen } from '../../features/notifications/index.js';

/** "Thiết lập thông báo": how everyone receives each kind unless they choose otherwise, and the reminders' lead. */
export default function NotificationSettingsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.notifications.defaults.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.notifications.defaults.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.notifications.defaults.intro')}</Typography.Paragraph>
      </PageHeader>
      <NotificationDefaultsScreen />
    </>
  );
}
