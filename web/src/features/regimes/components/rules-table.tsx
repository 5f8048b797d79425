import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelRule } from '#shared/regimes/regime.schemas.js';
import { useFormat } from '../../../lib/format.js';

/** Every rule of a regime: its id, the level it gives, its legal citation and its text, in the person's language. */
export function RulesTable({ rules }: { rules: readonly LevelRule[] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <Table<LevelRule>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...rules]}
      scroll={{ x: true }}
      onRow={(rule) => ({ 'data-testid': 'rule-row', 'data-rule-id': rule.id }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('ui.regimes.columns.id'), dataIndex: 'id', width: 72, render: (id: string) => <Tag>{id}</Tag> },
        {
          title: t('ui.regimes.columns.level'),
          dataIndex: 'level',
          width: 110,
          render: (level: number) => <Tag color="blue">{t('domain.level', { level })}</Tag>,
        },
        {
          title: t('ui.regimes.columns.citation'),
          key: 'citation',
          width: '30%',
          render: (_, rule) => rule.citation[locale],
        },
        {
          title: t('ui.regimes.columns.explanation'),
          key: 'explanation',
          render: (_, rule) => rule.explanation[locale],
        },
      ]}
    />
  );
}
