import { Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InformationSystem } from '#shared/systems/systems.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { ListTable, type ListTableData } from '../../../components/ui/list-table.js';
import { LevelTag, SystemStatusTag } from './system-tags.js';

export function SystemsTable(props: ListTableData<InformationSystem>) {
  const { t } = useTranslation();
  const format = useFormat();
  // On a phone one column says it all: the name, then the unit, level and status under it.
  const phoneColumns: TableColumnsType<InformationSystem> = [
    {
      key: 'name',
      title: t('ui.systems.columns.name'),
      render: (_, system) => (
        <Space orientation="vertical" size={4}>
          <Link to={`/systems/${system.id}`}>{system.name}</Link>
          {system.code && <Typography.Text type="secondary">{system.code}</Typography.Text>}
          <Typography.Text type="secondary">{system.operator.name}</Typography.Text>
          <Space size={[4, 4]} wrap>
            <LevelTag level={system.approvedLevel} />
            <SystemStatusTag status={system.status} />
          </Space>
        </Space>
      ),
    },
  ];
  const columns: TableColumnsType<InformationSystem> = [
    {
      key: 'name',
      title: t('ui.systems.columns.name'),
      width: 300,
      // A long name takes two lines at most and the address one, each whole on hover (list-name in styles.css).
      render: (_, system) => (
        <>
          <Link to={`/systems/${system.id}`} className="list-name" title={system.name}>
            {system.name}
          </Link>
          {system.address && (
            <Typography.Text
              type="secondary"
              className="list-name-line"
              title={system.address}
              style={{ fontSize: 12 }}
            >
              {system.address}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'code',
      title: t('ui.systems.columns.code'),
      render: (_, system) => system.code,
      width: 130,
      responsive: ['lg'],
    },
    {
      key: 'operator',
      title: t('ui.systems.columns.operator'),
      render: (_, system) => system.operator.name,
      width: 180,
    },
    {
      key: 'systemType',
      title: t('ui.systems.columns.systemType'),
      render: (_, system) => t(`domain.systemType.${system.systemType}`),
      width: 150,
      responsive: ['lg'],
    },
    {
      key: 'level',
      title: t('ui.systems.columns.level'),
      render: (_, system) => <LevelTag level={system.approvedLevel} />,
      width: 130,
    },
    {
      key: 'decision',
      title: t('ui.systems.columns.decision'),
      render: (_, system) =>
        system.approvalDecision
          ? t('ui.systems.decision', {
              number: system.approvalDecision.number,
              date: format.date(system.approvalDecision.date),
            })
          : '',
      width: 170,
      responsive: ['md'],
    },
    {
      key: 'status',
      title: t('ui.systems.columns.status'),
      render: (_, system) => <SystemStatusTag status={system.status} />,
      width: 150,
      responsive: ['md'],
    },
  ];

  return (
    <ListTable<InformationSystem>
      {...props}
      columns={columns}
      phoneColumns={phoneColumns}
      scrollX={1230}
      rowAttributes={(system) => ({ 'data-testid': 'system-row', 'data-system-id': system.id })}
    />
  );
}
