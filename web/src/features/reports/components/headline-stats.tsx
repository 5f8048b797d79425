import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '#shared/reports/summary.schemas.js';
import { unitGroupsBelow } from '../api/unit-groups.js';
import { dossiersListOf, organisationPageOf, systemsListOf } from './links.js';
import { StatCard } from './stat-card.js';
import { useCount } from './use-count.js';

/** "xã, thị trấn đã được phê duyệt" opens a title: "Xã, thị trấn ...". */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * The headline numbers, each a link to the list behind it: units approved by kind, systems
 * approved, dossiers waiting, overdue steps and inspections falling due.
 */
export function HeadlineStats({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  const n = useCount();
  const rootId = report.organisation.id;
  const { totals, pending, overdue, inspectionsDue } = report;
  const unapproved = totals.systems - totals.approvedSystems;
  const onlySubmitted =
    pending.items.every((item) => item.status === 'submitted') && pending.total === pending.items.length;

  return (
    <Row gutter={[12, 12]} data-testid="headline">
      {unitGroupsBelow(report).map((group) => {
        const kinds = group.kinds.map((kind) => t(`reports.kindGroup.${kind}`)).join(', ');
        const without = group.units - group.withSystems;
        return (
          <Col key={group.kinds.join('-')} xs={12} md={8} xl={6} xxl={4}>
            <StatCard
              testId={`stat-units-${group.kinds[0]}`}
              title={capitalised(t('ui.dashboard.stats.unitsApproved', { kinds }))}
              value={`${n(group.allApproved)}/${n(group.withSystems)}`}
              to={organisationPageOf(rootId)}
              tone={group.withSystems > 0 && group.allApproved === group.withSystems ? 'good' : undefined}
              footnote={without > 0 ? t('ui.dashboard.stats.unitsWithoutSystems', { count: n(without) }) : undefined}
            />
          </Col>
        );
      })}
      <Col xs={12} md={8} xl={6} xxl={4}>
        <StatCard
          testId="stat-systems"
          title={t('ui.dashboard.stats.systemsApproved')}
          value={`${n(totals.approvedSystems)}/${n(totals.systems)}`}
          to={systemsListOf(rootId)}
          tone={totals.systems > 0 && unapproved === 0 ? 'good' : undefined}
          footnote={unapproved > 0 ? t('ui.dashboard.stats.systemsUnapproved', { count: n(unapproved) }) : undefined}
        />
      </Col>
      <Col xs={12} md={8} xl={6} xxl={4}>
        <StatCard
          testId="stat-pending"
          title={t('ui.dashboard.stats.pending')}
          value={n(pending.total)}
          // The list filters one status at a time: submitted when that is all there is, else every status of the unit.
          to={dossiersListOf(rootId, onlySubmitted ? 'submitted' : undefined)}
          tone={pending.total > 0 ? 'warning' : undefined}
        />
      </Col>
      <Col xs={12} md={8} xl={6} xxl={4}>
        <StatCard
          testId="stat-overdue"
          title={t('ui.dashboard.stats.overdue')}
          value={n(overdue.total)}
          to="#overdue"
          tone={overdue.total > 0 ? 'danger' : undefined}
        />
      </Col>
      <Col xs={12} md={8} xl={6} xxl={4}>
        <StatCard
          testId="stat-inspections"
          title={t('ui.dashboard.stats.inspectionsDue', { days: inspectionsDue.withinDays })}
          value={n(inspectionsDue.total)}
          to="#inspections"
        />
      </Col>
    </Row>
  );
}
