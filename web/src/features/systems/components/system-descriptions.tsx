import { Alert, Card, Descriptions, Grid, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InformationSystem } from '#shared/systems/systems.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { LevelTag, SystemStatusTag } from './system-tags.js';

/** Every field of a system, labelled from the catalogue, in three short sections. */
export function SystemDescriptions({ system }: { system: InformationSystem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notProvided = <Typography.Text type="secondary">{t('ui.common.notProvided')}</Typography.Text>;
  const field = (key: keyof typeof labels) => labels[key];
  const labels = {
    name: t('ui.systems.fields.name'),
    code: t('ui.systems.fields.code'),
    owner: t('ui.systems.fields.owner'),
    operator: t('ui.systems.fields.operator'),
    systemType: t('ui.systems.fields.systemType'),
    informationTypes: t('ui.systems.fields.informationTypes'),
    address: t('ui.systems.fields.address'),
    status: t('ui.systems.fields.status'),
    description: t('ui.systems.fields.description'),
    internalUserCount: t('ui.systems.fields.internalUserCount'),
    externalUserCount: t('ui.systems.fields.externalUserCount'),
    basicDataSubjects: t('ui.systems.fields.basicDataSubjects'),
    sensitiveDataSubjects: t('ui.systems.fields.sensitiveDataSubjects'),
    approvedLevel: t('ui.systems.fields.approvedLevel'),
    approvalDecision: t('ui.systems.fields.approvalDecision'),
    nextInspectionDue: t('ui.systems.fields.nextInspectionDue'),
    updatedAt: t('ui.systems.fields.updatedAt'),
  };
  const decision = system.approvalDecision;
  const column = { xs: 1, sm: 1, md: 2 } as const;
  // On a phone each label sits above its value instead of squeezing beside it.
  const layout = Grid.useBreakpoint().sm === false ? 'vertical' : 'horizontal';

  const section = (title: string, items: DescriptionsProps['items']) => (
    <Card title={title} size="small">
      <Descriptions column={column} layout={layout} size="small" bordered items={items} />
    </Card>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {system.redeterminationReasons.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="redetermination"
          title={t('ui.redetermination.title')}
          description={
            <>
              {t('ui.redetermination.description')}
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {system.redeterminationReasons.map((reason) => (
                  <li key={reason}>{t(`ui.redetermination.reason.${reason}`)}</li>
                ))}
              </ul>
            </>
          }
        />
      )}
      {section(t('ui.systems.sections.general'), [
        { key: 'name', label: field('name'), children: system.name, span: 'filled' },
        { key: 'code', label: field('code'), children: system.code ?? notProvided, span: 'filled' },
        { key: 'operator', label: field('operator'), children: system.operator.name },
        { key: 'owner', label: field('owner'), children: system.owner.name },
        { key: 'systemType', label: field('systemType'), children: t(`domain.systemType.${system.systemType}`) },
        { key: 'status', label: field('status'), children: <SystemStatusTag status={system.status} /> },
        {
          key: 'informationTypes',
          label: field('informationTypes'),
          span: 'filled',
          children: (
            <Space size={[4, 4]} wrap>
              {system.informationTypes.map((type) => (
                <Tag key={type}>{t(`domain.informationType.${type}`)}</Tag>
              ))}
            </Space>
          ),
        },
        { key: 'address', label: field('address'), children: system.address || notProvided, span: 'filled' },
        {
          key: 'description',
          label: field('description'),
          span: 'filled',
          children: system.description ? (
            <span style={{ whiteSpace: 'pre-line' }}>{system.description}</span>
          ) : (
            notProvided
          ),
        },
      ])}
      {section(
        t('ui.systems.sections.scale'),
        (['internalUserCount', 'externalUserCount', 'basicDataSubjects', 'sensitiveDataSubjects'] as const).map(
          (key) => ({
            key,
            label: field(key),
            children: <span data-testid={`system-${key}`}>{format.number(system[key])}</span>,
          }),
        ),
      )}
      {section(t('ui.systems.sections.approval'), [
        { key: 'level', label: field('approvedLevel'), children: <LevelTag level={system.approvedLevel} /> },
        {
          key: 'decision',
          label: field('approvalDecision'),
          children: decision ? (
            <>
              {t('ui.systems.decision', { number: decision.number, date: format.date(decision.date) })}
              {decision.issuer && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {t('ui.systems.decisionIssuer', { issuer: decision.issuer })}
                </Typography.Text>
              )}
            </>
          ) : (
            notProvided
          ),
        },
        {
          key: 'nextInspectionDue',
          label: field('nextInspectionDue'),
          children: system.nextInspectionDue ? (
            <span data-testid="system-nextInspectionDue">{format.date(system.nextInspectionDue)}</span>
          ) : (
            notProvided
          ),
        },
        { key: 'updatedAt', label: field('updatedAt'), children: format.dateTime(system.updatedAt), span: 'filled' },
      ])}
    </Space>
  );
}
