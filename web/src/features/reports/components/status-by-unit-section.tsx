import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '#shared/reports/dashboard.schemas.js';
import { ChartCard } from './chart-card.js';
import { chartedStatuses, type ChartedStatus } from './charts/chart-colours.js';
import { shortUnitName } from './unit-label.js';
import { useCount } from './use-count.js';

const StatusByUnitChart = lazy(() => import('./charts/status-by-unit-chart.js'));

/** Dossier status by direct child unit; the units table below holds the same numbers, each a link. */
export function StatusByUnitSection({
  dashboard,
  onDrill,
}: {
  dashboard: Dashboard;
  onDrill: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  const n = useCount();
  const { children } = dashboard;
  const statusLabel = (status: ChartedStatus) => t(`ui.dossier.status.${status}`);
  const present = chartedStatuses.filter((status) => children.some((child) => child.dossiersByStatus[status] > 0));
  const totals = present.map(
    (status) =>
      `${statusLabel(status).toLocaleLowerCase()}: ` +
      `${n(children.reduce((sum, child) => sum + child.dossiersByStatus[status], 0))}`,
  );
  const summary =
    present.length === 0
      ? t('ui.dashboard.statusChart.summaryNone', { units: n(children.length) })
      : t('ui.dashboard.statusChart.summary', { units: n(children.length), list: totals.join('; ') });

  return (
    <ChartCard
      testId="status-by-unit"
      title={t('ui.dashboard.statusChart.title')}
      summary={summary}
      empty={children.length === 0 ? t('ui.dashboard.statusChart.noChildren') : undefined}
      chart={
        <StatusByUnitChart
          rows={children.map((child) => ({
            id: child.id,
            label: shortUnitName(child.name),
            counts: child.dossiersByStatus,
          }))}
          statuses={present.length ? present : ['approved']}
          statusLabel={statusLabel}
          onSelect={onDrill}
        />
      }
    />
  );
}
