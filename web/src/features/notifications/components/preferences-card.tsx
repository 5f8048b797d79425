import { Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error.js';
import { usePreferences } from '../api/delivery-settings.js';
import { PreferencesForm } from './preferences-form.js';

/** "Nhận thông báo" on Tài khoản của tôi: how the person receives each kind of notification. */
export function NotificationPreferencesCard() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  return (
    <Card title={t('ui.notifications.preferences.title')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('ui.notifications.preferences.intro')}</Typography.Paragraph>
      {preferences.isError ? (
        <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : preferences.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        // A fresh form after each save: what the server stored is what it shows.
        <PreferencesForm key={preferences.dataUpdatedAt} preferences={preferences.data} />
      )}
    </Card>
  );
}
