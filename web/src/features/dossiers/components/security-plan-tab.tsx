import { Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredItems } from '#shared/dossiers/dossier-completeness.js';
import { implementationStatuses, securityPlanParts } from '#shared/dossiers/dossiers.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { useFormat } from '../../../lib/format.js';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import type { DossierDraft } from '../api/draft.js';
import { TextFields } from './text-fields.js';

type Requirement = DossierDraft['content']['securityPlan']['requirements'][number];
type ImplementationStatus = Requirement['status'];

interface TabProps {
  dossier: Dossier;
  draft: DossierDraft;
  editable: boolean;
  update: (change: (draft: DossierDraft) => DossierDraft) => void;
}

const statusColour: Record<ImplementationStatus, string> = { not: 'default', partly: 'gold', fully: 'green' };

/** Phương án bảo đảm an toàn: the seven parts, then each requirement group of the regime with its status. */
export function SecurityPlanTab({ dossier, draft, editable, update }: TabProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const plan = draft.content.securityPlan;
  const groups = defaultRegimes[draft.regime].requirementGroups;
  const required = requiredItems(defaultRegimes[draft.regime], dossier.proposedLevel);
  const setPlan = (change: (p: typeof plan) => typeof plan) =>
    update((d) => ({ ...d, content: { ...d.content, securityPlan: change(d.content.securityPlan) } }));
  const requirementOf = (groupKey: string): Requirement =>
    plan.requirements.find((r) => r.groupKey === groupKey) ?? { groupKey, status: 'not', note: '' };
  const setRequirement = (groupKey: string, change: Partial<Requirement>) =>
    setPlan((p) => {
      const existing = p.requirements.some((r) => r.groupKey === groupKey);
      const next = {
        ...(p.requirements.find((r) => r.groupKey === groupKey) ?? { groupKey, status: 'not' as const, note: '' }),
        ...change,
      };
      return {
        ...p,
        requirements: existing
          ? p.requirements.map((r) => (r.groupKey === groupKey ? next : r))
          : [...p.requirements, next],
      };
    });

  const table = (kind: 'management' | 'technical') => (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={groups[kind]}
      scroll={{ x: 640 }}
      columns={[
        {
          key: 'name',
          title: t('ui.dossier.requirementColumns.group'),
          render: (_, group) => group.name[locale],
          width: '38%',
        },
        {
          key: 'status',
          title: t('ui.dossier.requirementColumns.status'),
          width: 220,
          render: (_, group) => {
            const requirement = requirementOf(group.key);
            return editable ? (
              <Select<ImplementationStatus>
                aria-label={t('ui.dossier.requirementStatusOf', { group: group.name[locale] })}
                value={requirement.status}
                onChange={(status) => setRequirement(group.key, { status })}
                options={implementationStatuses.map((status) => ({
                  value: status,
                  label: t(`ui.dossier.implementation.${status}`),
                }))}
                style={{ width: '100%' }}
              />
            ) : (
              <Tag color={statusColour[requirement.status]}>{t(`ui.dossier.implementation.${requirement.status}`)}</Tag>
            );
          },
        },
        {
          key: 'note',
          // A group counts as addressed once its note says how (shared/dossiers/dossier-completeness.ts).
          title: (
            <>
              {editable && required.has('securityPlan.requirements') && (
                <Typography.Text type="danger" aria-hidden>
                  *{' '}
                </Typography.Text>
              )}
              {t('ui.dossier.requirementColumns.note')}
            </>
          ),
          render: (_, group) => {
            const requirement = requirementOf(group.key);
            return editable ? (
              <Input.TextArea
                id={`requirement-note-${group.key}`}
                aria-label={t('ui.dossier.requirementNoteOf', { group: group.name[locale] })}
                value={requirement.note}
                onChange={(event) => setRequirement(group.key, { note: event.target.value })}
                autoSize={{ minRows: 1, maxRows: 6 }}
                maxLength={2000}
              />
            ) : (
              <span className="pre-line">{requirement.note}</span>
            );
          },
        },
      ]}
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('ui.dossier.sections.securityPlan')}>
        <TextFields
          editable={editable}
          idPrefix="plan"
          fields={securityPlanParts.map((part, index) => ({
            key: part,
            label: `${index + 1}. ${t(`ui.dossier.planParts.${part}`)}`,
            required: required.has(`securityPlan.parts.${part}`),
            value: plan.parts[part],
            onChange: (value) => setPlan((p) => ({ ...p, parts: { ...p.parts, [part]: value } })),
          }))}
        />
      </Card>
      <Card
        size="small"
        title={t('ui.dossier.sections.requirements')}
        extra={
          <span className="card-hint">
            {t('ui.dossier.requirementsStandard', { standard: defaultRegimes[draft.regime].standard })}
          </span>
        }
      >
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          {t('ui.dossier.requirementKinds.management')}
        </Typography.Title>
        {table('management')}
        <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
          {t('ui.dossier.requirementKinds.technical')}
        </Typography.Title>
        {table('technical')}
      </Card>
    </Space>
  );
}
