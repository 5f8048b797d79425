import type { ReactNode } from 'react';
import { Alert, Card, Col, Flex, Row, Skeleton } from 'antd';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, type Crumb } from '../../../components/ui/page-header.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useFormat } from '../../../lib/format.js';
import { parseDashboardParams, toDashboardSearch, type DashboardParams } from '../api/dashboard-params.js';
import { useComplianceReport, useDashboard, useReportSummary } from '../api/reports.js';
import { ApprovalsSection } from './approvals-section.js';
import { AsOfPicker, OrganisationPicker } from './dashboard-toolbar.js';
import { HeadlineStats } from './headline-stats.js';
import { LevelsSection } from './levels-section.js';
import { NarrativeCard } from './narrative-card.js';
import { DownloadMenu, DownloadsCard } from './report-downloads.js';
import { StatusByUnitSection } from './status-by-unit-section.js';
import { UnitsTable } from './units-table.js';
import { UpcomingReports } from './upcoming-reports.js';
import { WaitsSection } from './waits-section.js';

interface ComplianceDashboardProps {
  /**
   * The organisation when the URL names none: the one the person works in (else the server's default, their top one).
   */
  defaultOrganisationId?: string;
  /** Shown first, above the numbers (a reviewer's inbox). */
  lead?: ReactNode;
  /** "reports": the Báo cáo page, with every download laid out first. */
  emphasis?: 'overview' | 'reports';
}

const loadingCard = (rows = 3) => (
  <Card>
    <Skeleton active paragraph={{ rows }} />
  </Card>
);

/**
 * "Tổng quan" for district and provincial staff (docs/domain.md#compliance-reports): where every unit of a
 * subtree stands, as of today or a past day. The numbers and lists come from the compliance report (on the home page,
 * its summary: the lists' first rows), the breakdown by child unit and the trend from the dashboard endpoint;
 * clicking a unit opens the same page for its subtree, the breadcrumbs lead back up, and every number opens the
 * list behind it.
 */
export default function ComplianceDashboard({
  defaultOrganisationId,
  lead,
  emphasis = 'overview',
}: ComplianceDashboardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const params = parseDashboardParams(search);
  const scope: DashboardParams = { organisationId: params.organisationId ?? defaultOrganisationId, asOf: params.asOf };
  // The home page needs the numbers and the lists' first rows; the Báo cáo page shows the lists whole.
  const fullReport = useComplianceReport(scope, { enabled: emphasis === 'reports' });
  const summary = useReportSummary(scope, { enabled: emphasis === 'overview' });
  const report = emphasis === 'reports' ? fullReport : summary;
  const dashboard = useDashboard(scope);

  const hrefFor = (next: DashboardParams) => `${pathname}${toDashboardSearch(next)}`;
  const open = (organisationId: string) => void navigate(hrefFor({ organisationId, asOf: scope.asOf }));
  const pageTitle = emphasis === 'reports' ? t('ui.nav.reports') : t('ui.nav.home');
  const organisation = report.data?.organisation ?? dashboard.data?.organisation;
  const crumbs: Crumb[] = [
    { title: pageTitle, to: hrefFor({ asOf: scope.asOf }) },
    ...(dashboard.data?.trail ?? []).map((o) => ({
      title: o.name,
      to: hrefFor({ organisationId: o.id, asOf: scope.asOf }),
    })),
    ...(organisation ? [{ title: organisation.name }] : []),
  ];
  const failed = report.error ?? dashboard.error;
  // Downloads name the organisation on screen (a default scope is resolved by the server, and the file follows it).
  const downloadScope: DashboardParams = { organisationId: organisation?.id ?? scope.organisationId, asOf: scope.asOf };

  return (
    <>
      <PageHeader
        title={organisation?.name ?? pageTitle}
        documentTitle={organisation ? `${pageTitle} - ${organisation.name}` : pageTitle}
        breadcrumbs={crumbs}
        extra={
          <Flex gap={12} wrap align="center">
            <OrganisationPicker value={organisation?.id} onChange={open} />
            <AsOfPicker
              value={scope.asOf}
              onChange={(asOf) => void navigate(hrefFor({ organisationId: scope.organisationId, asOf }))}
            />
            {emphasis === 'overview' && <DownloadMenu scope={downloadScope} />}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {lead}
        {report.data?.historical && (
          <Alert
            type="info"
            showIcon
            title={t('ui.dashboard.historical', { date: format.date(report.data.asOf) })}
            description={t('ui.dashboard.historicalLists')}
          />
        )}
        {failed ? (
          <QueryError error={failed} onRetry={() => void Promise.all([report.refetch(), dashboard.refetch()])} />
        ) : (
          <>
            {emphasis === 'reports' && <DownloadsCard scope={downloadScope} />}
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={16}>
                {report.data ? <NarrativeCard sentences={report.data.narrative} /> : loadingCard(4)}
              </Col>
              <Col xs={24} xl={8}>
                {report.data ? (
                  <UpcomingReports
                    dueDates={report.data.upcomingReports}
                    organisationId={report.data.organisation.id}
                    asOf={report.data.asOf}
                  />
                ) : (
                  loadingCard(3)
                )}
              </Col>
            </Row>
            {report.data ? <HeadlineStats report={report.data} /> : loadingCard(2)}
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                {dashboard.data ? <StatusByUnitSection dashboard={dashboard.data} onDrill={open} /> : loadingCard(8)}
              </Col>
              <Col xs={24} xl={10}>
                <Flex vertical gap={16}>
                  {report.data ? <LevelsSection report={report.data} /> : loadingCard(5)}
                  {dashboard.data ? <ApprovalsSection dashboard={dashboard.data} /> : loadingCard(5)}
                </Flex>
              </Col>
            </Row>
            {dashboard.data ? (
              <UnitsTable
                units={dashboard.data.children}
                drillHref={(id) => hrefFor({ organisationId: id, asOf: scope.asOf })}
              />
            ) : (
              loadingCard(6)
            )}
            {report.data ? <WaitsSection report={report.data} /> : loadingCard(4)}
          </>
        )}
      </Flex>
    </>
  );
}
