import { Suspense, useId, useState, type ReactNode } from 'react';
import { Button, Card, Empty, Skeleton, Typography } from 'antd';
import { TableOutlined, BarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface ChartCardProps {
  title: string;
  /** The chart said in words: what a screen reader reads, and what everyone sees under the title. */
  summary: string;
  /** A lazily loaded chart (recharts stays out of the first screen). */
  chart: ReactNode;
  /**
   * The same numbers as a table, shown instead of the chart on
   * demand; omit when a table elsewhere on the page has them.
   */
  table?: ReactNode;
  empty?: string;
  testId?: string;
}

/** A chart with its text equivalent and, one click away, its numbers as a table. */
export function ChartCard({ title, summary, chart, table, empty, testId }: ChartCardProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <Card
      title={<span id={`${id}-title`}>{title}</span>}
      style={{ height: '100%' }}
      // Long titles wrap rather than hide behind the table toggle.
      styles={{ title: { whiteSpace: 'normal' } }}
      data-testid={testId}
      extra={
        table &&
        !empty && (
          <Button
            type="link"
            size="small"
            icon={asTable ? <BarChartOutlined aria-hidden /> : <TableOutlined aria-hidden />}
            aria-expanded={asTable}
            aria-controls={`${id}-body`}
            onClick={() => setAsTable((shown) => !shown)}
          >
            {asTable ? t('ui.dashboard.showChart') : t('ui.dashboard.showTable')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" id={`${id}-summary`} style={{ fontSize: 13 }}>
        {summary}
      </Typography.Paragraph>
      <div id={`${id}-body`}>
        {empty ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
        ) : asTable ? (
          table
        ) : (
          <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} style={{ margin: 0 }}>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>{chart}</Suspense>
          </figure>
        )}
      </div>
    </Card>
  );
}
