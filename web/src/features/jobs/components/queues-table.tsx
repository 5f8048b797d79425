import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogues } from '#shared/i18n/translate.js';
import type { JobQueueState } from '#shared/jobs/jobs.schemas.js';
import { useFormat } from '../../../lib/format.js';

const counts = ['queued', 'active', 'completed', 'failed'] as const;

/** Each queue with how many of its jobs wait, run, finished and failed. */
export function QueuesTable({ queues }: { queues: JobQueueState[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const purposes: Record<string, string | undefined> = catalogues[format.locale].ui.jobs.queueName;
  const columns: TableColumnsType<JobQueueState> = [
    {
      key: 'name',
      title: t('ui.jobs.queueColumns.name'),
      render: (_, queue) => (
        <>
          {purposes[queue.name] && <span style={{ display: 'block' }}>{purposes[queue.name]}</span>}
          <Typography.Text code>{queue.name}</Typography.Text>
        </>
      ),
    },
    ...counts.map((count) => ({
      key: count,
      title: t(`ui.jobs.queueColumns.${count}`),
      align: 'right' as const,
      width: 120,
      render: (_: unknown, queue: JobQueueState) =>
        count === 'failed' && queue.failed > 0 ? (
          <Typography.Text type="danger" strong>
            {format.number(queue.failed)}
          </Typography.Text>
        ) : (
          format.number(queue[count])
        ),
    })),
  ];
  return (
    <Table<JobQueueState>
      rowKey="name"
      size="middle"
      columns={columns}
      dataSource={queues}
      pagination={false}
      scroll={{ x: 640 }}
      onRow={(queue) => ({ 'data-testid': 'job-queue', 'data-queue': queue.name }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('ui.jobs.noQueues') }}
    />
  );
}
