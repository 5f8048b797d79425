import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.js';
import { JobsScreen } from '../../features/jobs/index.js';

/** "Công việc nền": the background queues, the failed jobs, and whether e-mail goes out. */
export default function JobsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('ui.jobs.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.jobs.title') }]}
      >
        <Typography.Paragraph type="secondary">{t('ui.jobs.intro')}</Typography.Paragraph>
      </PageHeader>
      <JobsScreen />
    </>
  );
}
