import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { useState } from 'react';
import { Button, Card, Col, Dropdown, Flex, Row, Select, Space, Typography, type MenuProps } from 'antd';
import {
  DownloadOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { annualHref, complianceHref } from '../api/reports.js';
import type { DashboardParams } from '../api/dashboard-params.js';

const complianceFormats = ['xlsx', 'pdf', 'docx', 'csv'] as const;
const annualFormats = ['xlsx', 'csv'] as const;
const annualRegimes: RegimeId[] = ['nd331', 'nd85'];
type FileFormat = (typeof complianceFormats)[number];

const formatIcon: Record<FileFormat, React.ReactNode> = {
  xlsx: <FileExcelOutlined aria-hidden />,
  pdf: <FilePdfOutlined aria-hidden />,
  docx: <FileWordOutlined aria-hidden />,
  csv: <FileTextOutlined aria-hidden />,
};

interface DownloadLink {
  key: string;
  label: string;
  href: string;
  format: FileFormat;
}

/**
 * Every file the report endpoints offer for this subtree and day: plain
 * links, downloaded by the browser with the session cookie.
 */
function useDownloadLinks(scope: DashboardParams, year: number) {
  const { t } = useTranslation();
  const file = (format: FileFormat) => t(`ui.reports.format.${format}`);
  const compliance: DownloadLink[] = complianceFormats.map((format) => ({
    key: `compliance-${format}`,
    label: t('ui.reports.download.item', { report: t('ui.reports.compliance'), format: file(format) }),
    href: complianceHref(scope, format),
    format,
  }));
  const annual = annualRegimes.map((regime) => ({
    regime,
    title: t(`ui.reports.annual.${regime}`, { year }),
    links: annualFormats.map<DownloadLink>((format) => ({
      key: `${regime}-${format}`,
      label: t('ui.reports.download.item', {
        report: t(`ui.reports.annual.${regime}`, { year }),
        format: file(format),
      }),
      href: annualHref(scope.organisationId, regime, year, format),
      format,
    })),
  }));
  return { compliance, annual };
}

const yearOf = (scope: DashboardParams) => Number((scope.asOf ?? todayInVietnam()).slice(0, 4));

/** "Tải báo cáo": the compliance report in every format, and this year's annual reports. */
export function DownloadMenu({ scope }: { scope: DashboardParams }) {
  const { t } = useTranslation();
  const { compliance, annual } = useDownloadLinks(scope, yearOf(scope));
  const item = (link: DownloadLink) => ({
    key: link.key,
    icon: formatIcon[link.format],
    label: (
      <a href={link.href} download data-testid={`download-${link.key}`}>
        {link.label}
      </a>
    ),
  });
  const items: MenuProps['items'] = [
    { type: 'group', key: 'compliance', label: t('ui.reports.compliance'), children: compliance.map(item) },
    ...annual.map((group) => ({
      type: 'group' as const,
      key: group.regime,
      label: group.title,
      children: group.links.map(item),
    })),
  ];
  const hrefs = new Map(
    [...compliance, ...annual.flatMap((group) => group.links)].map((link) => [link.key, link.href]),
  );
  // A click on the link downloads by itself; Enter on a menu item (or
  // a click beside the link) does not, so it is done here.
  const onClick: MenuProps['onClick'] = ({ key, domEvent }) => {
    if ((domEvent.target as HTMLElement).closest('a')) return;
    const href = hrefs.get(key);
    if (href) window.location.assign(href);
  };
  return (
    <Dropdown trigger={['click']} menu={{ items, onClick }} autoFocus>
      <Button type="primary" icon={<DownloadOutlined aria-hidden />}>
        {t('ui.reports.download.button')}
      </Button>
    </Dropdown>
  );
}

/** The downloads laid out in full (the "Báo cáo" page), with a choice of year for the annual reports. */
export function DownloadsCard({ scope }: { scope: DashboardParams }) {
  const { t } = useTranslation();
  const thisYear = yearOf(scope);
  const [year, setYear] = useState(thisYear);
  const { compliance, annual } = useDownloadLinks(scope, year);
  const links = (list: DownloadLink[]) => (
    <Flex wrap gap={8}>
      {list.map((link) => (
        <Button
          key={link.key}
          href={link.href}
          download
          icon={formatIcon[link.format]}
          data-testid={`download-card-${link.key}`}
        >
          {t(`ui.reports.format.${link.format}`)}
        </Button>
      ))}
    </Flex>
  );
  return (
    <Card title={t('ui.reports.download.title')} data-testid="downloads">
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size={8}>
            <Typography.Text strong>{t('ui.reports.compliance')}</Typography.Text>
            <Typography.Text type="secondary">{t('ui.reports.complianceHint')}</Typography.Text>
            {links(compliance)}
          </Space>
        </Col>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Flex align="center" gap={8} wrap>
              <label htmlFor="annual-year">
                <Typography.Text strong>{t('ui.reports.annualYear')}</Typography.Text>
              </label>
              <Select<number>
                id="annual-year"
                value={year}
                onChange={setYear}
                style={{ width: 110 }}
                options={Array.from({ length: 5 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }))}
              />
            </Flex>
            {annual.map((group) => (
              <div key={group.regime}>
                <Typography.Text>{group.title}</Typography.Text>
                <div style={{ marginTop: 4 }}>{links(group.links)}</div>
              </div>
            ))}
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
