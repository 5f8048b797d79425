import { lazy } from 'react';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '#shared/reports/dashboard.schemas.js';
import { ChartCard } from './chart-card.js';
import { useCount } from './use-count.js';
import { useClientPagination } from '../../../components/ui/named-controls.js';

const ApprovalsTrendChart = lazy(() => import('./charts/approvals-trend-chart.js'));

/** "2023-06" -> "06/2023", as Vietnamese documents write a month. */
const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** Systems approved month by month, with the busiest month said in words. */
export function ApprovalsSection({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const n = useCount();
  const months = dashboard.approvalsByMonth;
  const rows = months.map((m) => ({ ...m, label: monthLabel(m.month) }));
  const pagination = useClientPagination(rows.length, 12);
  const total = months.reduce((sum, m) => sum + m.approvals, 0);
  const busiest = rows.reduce<(typeof rows)[number] | undefined>(
    (best, row) => (!best || row.approvals > best.approvals ? row : best),
    undefined,
  );
  const summary = busiest
    ? t('ui.dashboard.trend.summary', {
        from: rows[0]!.label,
        to: rows.at(-1)!.label,
        count: n(total),
        most: n(busiest.approvals),
        month: busiest.label,
      })
    : '';

  return (
    <ChartCard
      testId="approvals-trend"
      title={t('ui.dashboard.trend.title')}
      summary={summary}
      empty={months.length === 0 ? t('ui.dashboard.trend.none') : undefined}
      chart={<ApprovalsTrendChart rows={rows} seriesName={t('ui.dashboard.trend.series')} />}
      table={
        <Table
          size="small"
          rowKey="month"
          dataSource={rows}
          pagination={pagination}
          columns={[
            { key: 'month', title: t('ui.dashboard.trend.month'), dataIndex: 'label' },
            {
              key: 'approvals',
              title: t('ui.dashboard.trend.series'),
              align: 'right',
              render: (_, row) => n(row.approvals),
            },
          ]}
        />
      }
    />
  );
}
