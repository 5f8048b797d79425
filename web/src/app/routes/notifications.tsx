import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { NotificationsScreen } from '../../features/notifications/index.js';

/** "Thông báo", reached from the bell's "Xem tất cả": every notification of the person. */
export default function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.notifications.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.notifications.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.notifications.intro')}</Typography.Paragraph>
      </PageHeader>
      <NotificationsScreen />
    </>
  );
}
