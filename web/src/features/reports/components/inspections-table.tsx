import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ComplianceReport } from '#shared/reports/reports.schemas.js';
import { LevelTag } from '../../systems/index.js';
import { useFormat } from '../../../lib/format.js';
import { useClientPagination } from '../../../components/ui/named-controls.js';

type InspectionDue = ComplianceReport['inspectionsDue']['items'][number];

/** Approved systems whose periodic inspection falls due soon, the nearest first. */
export function InspectionsTable({ items }: { items: InspectionDue[] }) {
  const { t } = useTranslation();
  const pagination = useClientPagination(items.length, 10);
  const format = useFormat();
  return (
    <Table<InspectionDue>
      size="small"
      rowKey="systemId"
      dataSource={items}
      pagination={pagination}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('ui.dashboard.lists.noInspections') }}
      columns={[
        {
          key: 'system',
          title: t('ui.dashboard.lists.system'),
          minWidth: 220,
          render: (_, item) => (
            <>
              <Link to={`/systems/${item.systemId}`}>{item.name}</Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {item.unit.name}
              </Typography.Text>
            </>
          ),
        },
        {
          key: 'level',
          title: t('ui.dashboard.lists.level'),
          width: 120,
          render: (_, item) => <LevelTag level={item.approvedLevel} />,
        },
        {
          key: 'approved',
          title: t('ui.dashboard.lists.approvedOn'),
          width: 120,
          render: (_, item) => format.date(item.approvedOn),
        },
        {
          key: 'due',
          title: t('ui.dashboard.lists.inspectionDue'),
          width: 120,
          render: (_, item) => <strong>{format.date(item.dueOn)}</strong>,
        },
      ]}
    />
  );
}
