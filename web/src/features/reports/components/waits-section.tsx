import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '#shared/reports/summary.schemas.js';
import { ButtonLink } from '../../../components/ui/button-link.js';
import { DossierWaitsTable } from './dossier-waits-table.js';
import { InspectionsTable } from './inspections-table.js';
import { dossiersListOf } from './links.js';
import { useCount } from './use-count.js';

/** What needs attention: overdue steps, everything waiting (how many working days), inspections falling due. */
export function WaitsSection({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  const n = useCount();
  const { overdue, pending, inspectionsDue } = report;
  const more = (shown: number, total: number) =>
    total > shown ? t('ui.dashboard.lists.more', { shown: n(shown), total: n(total) }) : null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={12}>
        <Card
          id="overdue"
          className="scroll-target"
          title={t('ui.dashboard.lists.overdueTitle', { count: n(overdue.total) })}
          style={{ height: '100%' }}
        >
          <DossierWaitsTable
            items={overdue.items}
            emptyText={t('ui.dashboard.lists.noOverdue')}
            testId="overdue-item"
          />
          {more(overdue.items.length, overdue.total)}
        </Card>
      </Col>
      <Col xs={24} xxl={12}>
        <Card
          id="pending"
          className="scroll-target"
          title={t('ui.dashboard.lists.pendingTitle', { count: n(pending.total) })}
          extra={
            <ButtonLink type="link" to={dossiersListOf(report.organisation.id)}>
              {t('ui.dashboard.lists.allDossiers')}
            </ButtonLink>
          }
          style={{ height: '100%' }}
        >
          <DossierWaitsTable
            items={pending.items}
            emptyText={t('ui.dashboard.lists.noPending')}
            testId="pending-item"
          />
          {more(pending.items.length, pending.total)}
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          id="inspections"
          className="scroll-target"
          title={t('ui.dashboard.lists.inspectionsTitle', {
            count: n(inspectionsDue.total),
            days: inspectionsDue.withinDays,
          })}
        >
          <InspectionsTable items={inspectionsDue.items} />
          {more(inspectionsDue.items.length, inspectionsDue.total)}
        </Card>
      </Col>
    </Row>
  );
}
