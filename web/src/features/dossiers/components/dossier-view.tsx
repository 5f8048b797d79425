import { useMemo } from 'react';
import { Alert, Card, Col, Descriptions, Flex, Row, Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isEditableStatus, isTerminalStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { PageHeader } from '../../../components/ui/page-header.js';
import { useFormat } from '../../../lib/format.js';
import { DocumentsTab } from '../../documents/index.js';
import { useDossierEvents } from '../api/dossiers.js';
import { useDossierDraft } from '../api/use-dossier-draft.js';
import { AttachmentsTab } from './attachments-tab.js';
import { CompletenessChecklist } from './completeness-checklist.js';
import { DossierActions } from './dossier-actions.js';
import { DossierStatusTag, DueDate, ProposedLevelTag } from './dossier-tags.js';
import { DossierSteps } from './dossier-steps.js';
import { DraftConflictPanel } from './draft-conflict.js';
import type { LabelContext } from './field-labels.js';
import { HistoryTab } from './history-tab.js';
import { ReturnReasons } from './inbox.js';
import { LevelTab } from './level-tab.js';
import { OverviewTab } from './overview-tab.js';
import { SaveIndicator } from './save-indicator.js';
import { SecurityPlanTab } from './security-plan-tab.js';
import { VersionsTab } from './versions-tab.js';

const tabKeys = ['overview', 'level', 'plan', 'attachments', 'documents', 'history', 'versions'] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * The dossier page: header with status, steps and the allowed actions; the content in tabs; autosave while editable.
 */
export function DossierView({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const editable = dossier.abilities.update && isEditableStatus(dossier.status);
  const editor = useDossierDraft(dossier, editable);
  const events = useDossierEvents(dossier.id);
  const tab: TabKey = (tabKeys as readonly string[]).includes(search.get('tab') ?? '')
    ? (search.get('tab') as TabKey)
    : 'overview';

  const regime = defaultRegimes[editor.draft.regime];
  const context: LabelContext = useMemo(
    () => ({
      locale: format.locale,
      systemNames: new Map(dossier.systems.map((s) => [s.systemId, s.name])),
      groupNames: new Map(
        [...regime.requirementGroups.management, ...regime.requirementGroups.technical].map((g) => [
          g.key,
          g.name[format.locale],
        ]),
      ),
    }),
    [dossier.systems, regime, format.locale],
  );
  const active = !isTerminalStatus(dossier.status);

  const showTab = (key: string) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (key === 'overview') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true },
    );

  const prepare = async () => (editable ? editor.flush() : dossier.version);
  const tabProps = { dossier, draft: editor.draft, editable: editable && !editor.conflict, update: editor.update };

  return (
    <>
      <PageHeader
        title={editor.draft.title || dossier.title}
        breadcrumbs={[
          { title: t('ui.dossiers.title'), to: '/dossiers' },
          { title: dossier.operator.name, to: `/dossiers?organisationId=${dossier.operator.id}` },
          { title: dossier.title },
        ]}
        extra={<DossierActions dossier={dossier} prepare={prepare} />}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[16, 12]}>
          <Col xs={24} lg={14}>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'status',
                  label: t('ui.dossier.fields.status'),
                  children: (
                    <Space size={[4, 4]} wrap>
                      <DossierStatusTag status={dossier.status} />
                      <Typography.Text type="secondary">
                        {t(`ui.dossier.regimeShort.${dossier.regime}`)}
                      </Typography.Text>
                    </Space>
                  ),
                },
                { key: 'operator', label: t('ui.dossier.fields.operator'), children: dossier.operator.name },
                {
                  key: 'systems',
                  label: t('ui.dossier.fields.systems'),
                  children: (
                    <ul className="plain-list compact-list" data-testid="dossier-systems">
                      {dossier.systems.map((system) => (
                        <li key={system.systemId}>
                          <span>{system.name}</span>
                          <ProposedLevelTag level={system.proposedLevel} />
                        </li>
                      ))}
                    </ul>
                  ),
                },
                ...(active
                  ? [
                      {
                        key: 'due',
                        label: t('ui.dossier.fields.stepDueOn'),
                        children: <DueDate dueOn={dossier.stepDueOn} overdue={dossier.overdue} />,
                      },
                    ]
                  : []),
                ...(dossier.approvalDecision
                  ? [
                      {
                        key: 'decision',
                        label: t('ui.dossier.fields.approvalDecision'),
                        children: t('ui.systems.decision', {
                          number: dossier.approvalDecision.number,
                          date: format.date(dossier.approvalDecision.date),
                        }),
                      },
                    ]
                  : []),
              ]}
            />
          </Col>
          <Col xs={24} lg={10}>
            <Flex vertical gap={8} align="flex-end" style={{ height: '100%' }}>
              {editable && <SaveIndicator state={editor.state} dirty={editor.dirty} onRetry={editor.retry} />}
              {!editable && active && dossier.abilities.update === false && dossier.status !== 'drafting' && (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('ui.dossier.readOnlyNote')}
                </Typography.Text>
              )}
            </Flex>
          </Col>
        </Row>
        <div style={{ marginTop: 16, overflowX: 'auto' }}>
          <DossierSteps dossier={dossier} events={events.data ?? []} />
        </div>
      </Card>
      {dossier.status === 'returned' && <ReturnReasons dossierId={dossier.id} />}
      {isEditableStatus(dossier.status) && (
        <CompletenessChecklist
          completeness={dossier.completeness}
          systemIds={dossier.systems.map((system) => system.systemId)}
          onOpenTab={showTab}
        />
      )}
      {editor.merged !== null && (
        <Alert
          type="info"
          showIcon
          closable
          title={t('ui.autosave.merged', { version: editor.merged })}
          style={{ marginBottom: 16 }}
        />
      )}
      {editor.conflict && (
        <DraftConflictPanel conflict={editor.conflict} context={context} onResolve={editor.resolve} />
      )}
      <Tabs
        activeKey={tab}
        onChange={showTab}
        items={[
          { key: 'overview', label: t('ui.dossier.tabs.overview'), children: <OverviewTab {...tabProps} /> },
          {
            key: 'level',
            label: t('ui.dossier.tabs.level'),
            children: <LevelTab {...tabProps} prefill={editor.prefill} />,
          },
          { key: 'plan', label: t('ui.dossier.tabs.plan'), children: <SecurityPlanTab {...tabProps} /> },
          {
            key: 'attachments',
            label: t('ui.dossier.tabs.attachments'),
            children: <AttachmentsTab dossierId={dossier.id} canUpload={editable} />,
          },
          // Mounted only while shown: an open preview would otherwise render the PDF again at every autosave.
          {
            key: 'documents',
            label: t('ui.dossier.tabs.documents'),
            children: tab === 'documents' && <DocumentsTab dossierId={dossier.id} version={dossier.version} />,
          },
          {
            key: 'history',
            label: t('ui.dossier.tabs.history'),
            children: <HistoryTab events={events} context={context} />,
          },
          {
            key: 'versions',
            label: t('ui.dossier.tabs.versions'),
            children: <VersionsTab dossier={dossier} context={context} />,
          },
        ]}
      />
    </>
  );
}
