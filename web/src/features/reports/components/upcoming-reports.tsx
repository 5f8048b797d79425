import { Card, Space, Tag, Typography } from 'antd';
import { CalendarOutlined, FileExcelOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportDueDate } from '#shared/reports/reports.schemas.js';
import { annualHref } from '../api/reports.js';

/** A deadline this close is flagged. */
const SOON_DAYS = 30;

interface UpcomingReportsProps {
  dueDates: ReportDueDate[];
  organisationId: string;
  /** The day the figures are for: the days left count from it. */
  asOf: string;
}

/**
 * The next deadline of each yearly report (nd331 form 08, the nd85 yearly report), each with its file for that year.
 */
export function UpcomingReports({ dueDates, organisationId, asOf }: UpcomingReportsProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <span>
          <CalendarOutlined aria-hidden /> {t('ui.reports.upcoming.title')}
        </span>
      }
      style={{ height: '100%' }}
      data-testid="upcoming-reports"
    >
      {dueDates.length === 0 ? (
        <Typography.Text type="secondary">{t('ui.reports.upcoming.none')}</Typography.Text>
      ) : (
        <ul className="plain-list">
          {dueDates.map((due) => {
            const year = Number(due.before.slice(0, 4));
            // "Trước ngày 20/12": the last day to send is the 19th, so the days left run up to the date itself.
            const daysLeft = dayjs(due.before).diff(dayjs(asOf), 'day');
            const download = t('ui.reports.upcoming.download');
            return (
              <li key={due.key}>
                <div style={{ flex: '1 1 260px', minWidth: 0 }}>
                  <Typography.Text>{due.label}</Typography.Text>
                </div>
                <Space size={[8, 4]} wrap>
                  <Tag color={daysLeft <= SOON_DAYS ? 'gold' : 'default'}>
                    {t('ui.reports.upcoming.daysLeft', { count: daysLeft })}
                  </Tag>
                  <a
                    href={annualHref(organisationId, due.regime, year, 'xlsx')}
                    download
                    aria-label={`${download}: ${t(`ui.reports.annual.${due.regime}`, { year })}`}
                  >
                    <FileExcelOutlined aria-hidden /> {download}
                  </a>
                </Space>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
