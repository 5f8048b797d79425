import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PendingDossier } from '#shared/reports/reports.schemas.js';
import { DossierStatusTag, DueDate } from '../../dossiers/index.js';
import { useFormat } from '../../../lib/format.js';
import { useClientPagination } from '../../../components/ui/named-controls.js';

/** Dossiers waiting on a step: the unit, the step, since when, until when, and how long they have waited. */
export function DossierWaitsTable({
  items,
  emptyText,
  testId,
}: {
  items: PendingDossier[];
  emptyText: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const pagination = useClientPagination(items.length, 10);
  const format = useFormat();
  return (
    <Table<PendingDossier>
      size="small"
      rowKey="dossierId"
      dataSource={items}
      pagination={pagination}
      scroll={{ x: 760 }}
      onRow={() => ({ 'data-testid': testId }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText }}
      columns={[
        {
          key: 'dossier',
          title: t('ui.dashboard.lists.dossier'),
          minWidth: 220,
          render: (_, item) => (
            <>
              <Link to={`/dossiers/${item.dossierId}`}>{item.title}</Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {item.unit.name}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'status',
          title: t('ui.dashboard.lists.status'),
          width: 170,
          render: (_, item) => <DossierStatusTag status={item.status} />,
        },
        {
          key: 'started',
          title: t('ui.dashboard.lists.stepStartedOn'),
          width: 110,
          render: (_, item) => format.date(item.stepStartedOn),
        },
        {
          key: 'due',
          title: t('ui.dashboard.lists.stepDueOn'),
          width: 150,
          render: (_, item) => <DueDate dueOn={item.stepDueOn} overdue={item.overdue} />,
        },
        {
          key: 'waiting',
          title: t('ui.dashboard.lists.waiting'),
          width: 120,
          align: 'right',
          render: (_, item) =>
            item.waitingWorkingDays === null
              ? ''
              : t('ui.dashboard.lists.workingDays', { count: item.waitingWorkingDays }),
        },
      ]}
    />
  );
}
