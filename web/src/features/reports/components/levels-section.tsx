import { lazy } from 'react';
import { Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '#shared/reports/summary.schemas.js';
import { ChartCard } from './chart-card.js';
import { systemsListOf } from './links.js';
import { useCount } from './use-count.js';

const LevelsChart = lazy(() => import('./charts/levels-chart.js'));

type LevelRow = ReportSummary['systemsByLevel'][number];

/** Systems by approved level, with the table of the same numbers, each linking to the systems of that level. */
export function LevelsSection({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  const n = useCount();
  const rootId = report.organisation.id;
  const label = (level: number | null) =>
    level === null ? t('ui.dashboard.levels.none') : t('domain.level', { level });
  // Mid-sentence: "27 hệ thống ...: cấp độ 2: 27".
  const inSentence = (level: number | null) => {
    const text = label(level);
    return text.charAt(0).toLocaleLowerCase() + text.slice(1);
  };
  const approved = report.systemsByLevel.filter((row) => row.level !== null && row.systems > 0);
  const unapproved = report.systemsByLevel.find((row) => row.level === null)?.systems ?? 0;
  const summary = [
    approved.length
      ? t('ui.dashboard.levels.summary', {
          count: n(report.totals.approvedSystems),
          list: approved.map((row) => `${inSentence(row.level)}: ${n(row.systems)}`).join('; '),
        })
      : t('ui.dashboard.levels.summaryNone'),
    unapproved > 0 ? t('ui.dashboard.levels.summaryUnapproved', { count: n(unapproved) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartCard
      testId="levels"
      title={t('ui.dashboard.levels.title')}
      summary={summary}
      empty={report.totals.systems === 0 ? t('ui.dashboard.levels.noSystems') : undefined}
      chart={
        <LevelsChart
          rows={report.systemsByLevel.map((row) => ({ ...row, label: label(row.level) }))}
          seriesName={t('ui.dashboard.levels.series')}
        />
      }
      table={
        <Table<LevelRow>
          size="small"
          rowKey={(row) => String(row.level)}
          pagination={false}
          dataSource={report.systemsByLevel}
          columns={[
            { key: 'level', title: t('ui.dashboard.levels.level'), render: (_, row) => label(row.level) },
            {
              key: 'systems',
              title: t('ui.dashboard.levels.series'),
              align: 'right',
              render: (_, row) =>
                row.systems > 0 ? (
                  <Link to={systemsListOf(rootId, row.level === null ? 'none' : (String(row.level) as '1'))}>
                    {n(row.systems)}
                  </Link>
                ) : (
                  n(0)
                ),
            },
          ]}
        />
      }
    />
  );
}
