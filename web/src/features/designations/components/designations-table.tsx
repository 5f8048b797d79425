import { Button, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Designation } from '#shared/designations/designations.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { DeleteDesignationButton } from './delete-designation-button.js';

type State = 'inForce' | 'upcoming' | 'ended';

/** Where a designation stands on the day the page looks at (the end day is included). */
const stateOn = (designation: Designation, day: string): State =>
  designation.validFrom > day
    ? 'upcoming'
    : designation.validTo !== null && designation.validTo < day
      ? 'ended'
      : 'inForce';

const stateColours = { inForce: 'green', upcoming: 'blue', ended: 'default' } satisfies Record<State, string>;

interface DesignationsTableProps {
  designations: readonly Designation[];
  /** The day chosen above the table (YYYY-MM-DD). */
  asOf: string;
  loading?: boolean;
  onEdit: (designation: Designation) => void;
}

/** Đơn vị chuyên trách, phạm vi, từ ngày, đến ngày: the buttons follow what the server says the person may do. */
export function DesignationsTable({ designations, asOf, loading, onEdit }: DesignationsTableProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const columns: TableColumnsType<Designation> = [
    {
      key: 'designated',
      title: t('ui.designations.columns.designated'),
      render: (_, d) => d.designatedOrganisation.name,
      minWidth: 220,
    },
    {
      key: 'subtree',
      title: t('ui.designations.columns.subtree'),
      render: (_, d) => d.subtreeRoot.name,
      minWidth: 200,
    },
    {
      key: 'validFrom',
      title: t('ui.designations.columns.validFrom'),
      render: (_, d) => date(d.validFrom),
      width: 120,
    },
    {
      key: 'validTo',
      title: t('ui.designations.columns.validTo'),
      render: (_, d) => (d.validTo ? date(d.validTo) : t('ui.designations.openEnded')),
      width: 120,
    },
    {
      key: 'state',
      title: t('ui.designations.columns.state'),
      render: (_, d) => {
        const state = stateOn(d, asOf);
        return <Tag color={stateColours[state]}>{t(`ui.designations.state.${state}`)}</Tag>;
      },
      width: 140,
    },
    {
      key: 'actions',
      title: t('ui.designations.columns.actions'),
      render: (_, d) => (
        <Space wrap size={4}>
          {d.abilities.update && (
            <Button
              size="small"
              icon={<EditOutlined aria-hidden />}
              onClick={() => onEdit(d)}
              aria-label={`${t('ui.designations.edit')}: ${d.designatedOrganisation.name}`}
            >
              {t('ui.designations.edit')}
            </Button>
          )}
          {d.abilities.delete && <DeleteDesignationButton designation={d} />}
        </Space>
      ),
      width: 190,
    },
  ];
  return (
    <Table<Designation>
      rowKey="id"
      columns={columns}
      dataSource={designations}
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('ui.designations.empty') }}
      onRow={(d) =>
        ({ 'data-testid': 'designation-row', 'data-designation-id': d.id }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
