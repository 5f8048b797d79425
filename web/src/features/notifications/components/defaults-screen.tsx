import { Alert, Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { useDefaults } from '../api/delivery-settings.js';
import { DefaultsForm } from './defaults-form.js';
import { administersTopLevel } from './top-level-admin.js';

/** "Thiết lập thông báo": the defaults, for an administrator of a top-level organisation; others are told who may. */
export function NotificationDefaultsScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const organisations = useOrganisations();
  const known = session.data !== undefined && organisations.data !== undefined;
  const allowed = known && administersTopLevel(session.data?.user, organisations.data ?? []);
  const defaults = useDefaults({ enabled: allowed });

  if (organisations.isError)
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (known && !allowed) return <Alert type="info" showIcon title={t('ui.notifications.defaults.readOnly')} />;
  return (
    <Card>
      {defaults.isError ? (
        <QueryError error={defaults.error} onRetry={() => void defaults.refetch()} />
      ) : !defaults.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <DefaultsForm key={defaults.dataUpdatedAt} defaults={defaults.data} />
      )}
    </Card>
  );
}
