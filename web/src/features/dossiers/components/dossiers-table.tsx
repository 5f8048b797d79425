import { Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isTerminalStatus } from '#shared/dossiers/dossier-workflow.js';
import { useFormat } from '../../../lib/format.js';
import { ListTable, type ListTableData } from '../../../components/ui/list-table.js';
import type { DossierSummary } from '../api/types.js';
import { DossierStatusTag, DueDate, ProposedLevelTag } from './dossier-tags.js';

export function DossiersTable(props: ListTableData<DossierSummary>) {
  const { t } = useTranslation();
  const format = useFormat();
  // A long title takes two lines at most and its systems one, each whole on hover (list-name in styles.css).
  const title = (dossier: DossierSummary) => {
    const systems = dossier.systems.map((s) => s.name).join('; ');
    return (
      <>
        <Link to={`/dossiers/${dossier.id}`} className="list-name" title={dossier.title}>
          {dossier.title}
        </Link>
        <Typography.Text type="secondary" className="list-name-line" title={systems} style={{ fontSize: 12 }}>
          {systems}
        </Typography.Text>
      </>
    );
  };
  const phoneColumns: TableColumnsType<DossierSummary> = [
    {
      key: 'title',
      title: t('ui.dossiers.columns.title'),
      render: (_, dossier) => (
        <Space orientation="vertical" size={4}>
          {title(dossier)}
          <Typography.Text type="secondary">{dossier.operator.name}</Typography.Text>
          <Space size={[4, 4]} wrap>
            <DossierStatusTag status={dossier.status} />
            <ProposedLevelTag level={dossier.proposedLevel} />
          </Space>
          {dossier.stepDueOn && (
            <span>
              {t('ui.dossiers.columns.dueOn')}: <DueDate dueOn={dossier.stepDueOn} overdue={dossier.overdue} />
            </span>
          )}
        </Space>
      ),
    },
  ];
  const columns: TableColumnsType<DossierSummary> = [
    { key: 'title', title: t('ui.dossiers.columns.title'), width: 320, render: (_, dossier) => title(dossier) },
    {
      key: 'operator',
      title: t('ui.dossiers.columns.operator'),
      width: 180,
      render: (_, dossier) => dossier.operator.name,
    },
    {
      key: 'systems',
      title: t('ui.dossiers.columns.systems'),
      width: 90,
      align: 'right',
      responsive: ['lg'],
      render: (_, dossier) => format.number(dossier.systems.length),
    },
    {
      key: 'level',
      title: t('ui.dossiers.columns.level'),
      width: 130,
      render: (_, dossier) => <ProposedLevelTag level={dossier.proposedLevel} />,
    },
    {
      key: 'status',
      title: t('ui.dossiers.columns.status'),
      width: 170,
      render: (_, dossier) => <DossierStatusTag status={dossier.status} />,
    },
    {
      key: 'regime',
      title: t('ui.dossiers.columns.regime'),
      width: 120,
      responsive: ['xl'],
      render: (_, dossier) => t(`ui.dossier.regimeShort.${dossier.regime}`),
    },
    {
      key: 'dueOn',
      title: t('ui.dossiers.columns.dueOn'),
      width: 150,
      render: (_, dossier) =>
        isTerminalStatus(dossier.status) ? '' : <DueDate dueOn={dossier.stepDueOn} overdue={dossier.overdue} />,
    },
  ];
  return (
    <ListTable<DossierSummary>
      {...props}
      columns={columns}
      phoneColumns={phoneColumns}
      scrollX={1160}
      rowAttributes={(dossier) => ({ 'data-testid': 'dossier-row', 'data-dossier-id': dossier.id })}
    />
  );
}
