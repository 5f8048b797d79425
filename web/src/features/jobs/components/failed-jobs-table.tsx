import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FailedJob } from '#shared/jobs/jobs.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { useClientPagination } from '../../../components/ui/named-controls.js';

/** The jobs that failed for good, newest first, with the reason their handler gave. */
export function FailedJobsTable({ jobs }: { jobs: FailedJob[] }) {
  const { t } = useTranslation();
  const pagination = useClientPagination(jobs.length, 20, { sizeChanger: true });
  const format = useFormat();
  const columns: TableColumnsType<FailedJob> = [
    {
      key: 'queue',
      title: t('ui.jobs.failedColumns.queue'),
      width: 200,
      render: (_, job) => <Typography.Text code>{job.queue}</Typography.Text>,
    },
    {
      key: 'reason',
      title: t('ui.jobs.failedColumns.reason'),
      minWidth: 280,
      render: (_, job) => <span style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>{job.reason}</span>,
    },
    {
      key: 'retries',
      title: t('ui.jobs.failedColumns.retries'),
      width: 120,
      align: 'right',
      render: (_, job) => format.number(job.retries),
    },
    {
      key: 'createdAt',
      title: t('ui.jobs.failedColumns.createdAt'),
      width: 150,
      render: (_, job) => format.dateTime(job.createdAt),
    },
    {
      key: 'failedAt',
      title: t('ui.jobs.failedColumns.failedAt'),
      width: 150,
      render: (_, job) => format.dateTime(job.failedAt),
    },
  ];
  return (
    <Table<FailedJob>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={jobs}
      pagination={pagination}
      scroll={{ x: 900 }}
      onRow={(job) => ({ 'data-testid': 'failed-job', 'data-job-id': job.id }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('ui.jobs.noFailed') }}
    />
  );
}
