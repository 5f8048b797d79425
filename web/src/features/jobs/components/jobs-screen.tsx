import { Alert, Button, Card, Skeleton } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { useJobDashboard } from '../api/jobs.js';
import { EmailStatus } from './email-status.js';
import { FailedJobsTable } from './failed-jobs-table.js';
import { QueuesTable } from './queues-table.js';
import { administersTopLevel } from './top-level-admin.js';

/** "Công việc nền": whether e-mail goes out, the queues with their counts, and the failed jobs with their reason. */
export function JobsScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const organisations = useOrganisations();
  const known = session.data !== undefined && organisations.data !== undefined;
  const allowed = known && administersTopLevel(session.data?.user, organisations.data ?? []);
  const dashboard = useJobDashboard({ enabled: allowed });

  if (organisations.isError)
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (known && !allowed) return <Alert type="info" showIcon title={t('ui.jobs.readOnly')} />;
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!dashboard.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { queues, failed, emailEnabled, publicUrl } = dashboard.data;
  return (
    <>
      <EmailStatus emailEnabled={emailEnabled} publicUrl={publicUrl} />
      <Card
        title={t('ui.jobs.queuesTitle')}
        style={{ marginBottom: 16 }}
        extra={
          <Button
            icon={<ReloadOutlined aria-hidden />}
            loading={dashboard.isFetching}
            onClick={() => void dashboard.refetch()}
          >
            {t('ui.jobs.refresh')}
          </Button>
        }
      >
        <QueuesTable queues={queues} />
      </Card>
      <Card title={t('ui.jobs.failedTitle')}>
        <FailedJobsTable jobs={failed} />
      </Card>
    </>
  );
}
