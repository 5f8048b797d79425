import { compareVietnamese } from '#shared/common/vietnamese-order.js';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DashboardChild } from '#shared/reports/dashboard.schemas.js';
import { chartedStatuses } from './charts/chart-colours.js';
import { dossiersListOf, organisationPageOf, systemsListOf } from './links.js';
import { useCount } from './use-count.js';
import { useClientPagination } from '../../../components/ui/named-controls.js';

interface UnitsTableProps {
  units: DashboardChild[];
  /** The dashboard of a unit's subtree (same page, same day). */
  drillHref: (unitId: string) => string;
}

/**
 * The direct child units with the numbers of their subtrees: the table equivalent of the status
 * chart. A unit's name drills down; every number opens the list behind it.
 */
export function UnitsTable({ units, drillHref }: UnitsTableProps) {
  const { t } = useTranslation();
  const pagination = useClientPagination(units.length, 50);
  const n = useCount();
  const present = chartedStatuses.filter((status) => units.some((unit) => unit.dossiersByStatus[status] > 0));
  const ratio = (part: number, whole: number, to: string) =>
    whole > 0 ? (
      <Link to={to}>{`${n(part)}/${n(whole)}`}</Link>
    ) : (
      <Typography.Text type="secondary">{n(0)}</Typography.Text>
    );

  const columns: TableColumnsType<DashboardChild> = [
    {
      key: 'name',
      title: t('ui.dashboard.units.name'),
      minWidth: 240,
      sorter: (a, b) => compareVietnamese(a.name, b.name),
      render: (_, unit) => (
        <Link to={drillHref(unit.id)} data-testid="drill-unit">
          {unit.name}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('ui.dashboard.units.kind'),
      width: 150,
      render: (_, unit) => t(`domain.organisationKind.${unit.kind}`),
    },
    {
      key: 'units',
      title: t('ui.dashboard.units.unitsApproved'),
      width: 120,
      align: 'right',
      render: (_, unit) => ratio(unit.unitsAllApproved, unit.unitsWithSystems, organisationPageOf(unit.id)),
    },
    {
      key: 'systems',
      title: t('ui.dashboard.units.systemsApproved'),
      width: 120,
      align: 'right',
      sorter: (a, b) => a.approvedSystems / (a.systems || 1) - b.approvedSystems / (b.systems || 1),
      render: (_, unit) => ratio(unit.approvedSystems, unit.systems, systemsListOf(unit.id)),
    },
    ...present.map((status) => ({
      key: status,
      title: t(`ui.dossier.status.${status}`),
      width: 110,
      align: 'right' as const,
      sorter: (a: DashboardChild, b: DashboardChild) => a.dossiersByStatus[status] - b.dossiersByStatus[status],
      render: (_: unknown, unit: DashboardChild) =>
        unit.dossiersByStatus[status] > 0 ? (
          <Link to={dossiersListOf(unit.id, status)}>{n(unit.dossiersByStatus[status])}</Link>
        ) : (
          <Typography.Text type="secondary">{n(0)}</Typography.Text>
        ),
    })),
  ];

  return (
    <Card
      title={<span id="units-title">{t('ui.dashboard.units.title', { count: n(units.length) })}</span>}
      id="units"
      className="scroll-target"
    >
      <Table<DashboardChild>
        aria-labelledby="units-title"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={units}
        pagination={pagination}
        scroll={{ x: 720 }}
        onRow={(unit) => ({ 'data-testid': 'unit-row', 'data-unit-id': unit.id }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('ui.dashboard.units.none') }}
      />
    </Card>
  );
}
