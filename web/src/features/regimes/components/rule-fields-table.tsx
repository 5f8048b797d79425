import { Flex, Input, InputNumber, Space, Table, Tag } from 'antd';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LevelRule, Regime } from '#shared/regimes/regime.schemas.js';
import { CellField } from './cell-field.js';

/** The form fields of each rule, as the editor lays them out (and as the server's field issues name them). */
export const ruleFieldPaths = (index: number) =>
  [
    `rules.${index}.level`,
    `rules.${index}.citation.vi`,
    `rules.${index}.citation.en`,
    `rules.${index}.explanation.vi`,
    `rules.${index}.explanation.en`,
  ] as const;

interface RuleFieldsTableProps {
  control: Control<Regime>;
  /** The rules as loaded: their ids and order (ids and conditions are not edited here). */
  rules: readonly LevelRule[];
}

/** Each rule's level, legal citation and text, both languages side by side, editable in place. */
export function RuleFieldsTable({ control, rules }: RuleFieldsTableProps) {
  const { t } = useTranslation();
  const rows = rules.map((rule, index) => ({ id: rule.id, index }));
  const language = (code: 'vi' | 'en') => <Tag style={{ marginInlineEnd: 0 }}>{t(`ui.regimes.${code}`)}</Tag>;

  const texts = (index: number, id: string, part: 'citation' | 'explanation') => (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      {(['vi', 'en'] as const).map((code) => (
        <Flex key={code} gap={6} align="start">
          {language(code)}
          <div style={{ flex: 1 }}>
            <CellField
              control={control}
              name={`rules.${index}.${part}.${code}`}
              label={t(`ui.regimes.fields.${part}${code === 'vi' ? 'Vi' : 'En'}`, { id })}
            >
              {(field, a11y) => (
                <Input.TextArea
                  {...a11y}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  rows={part === 'citation' ? 1 : 2}
                />
              )}
            </CellField>
          </div>
        </Flex>
      ))}
    </Space>
  );

  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      onRow={(row) => ({ 'data-testid': 'rule-row', 'data-rule-id': row.id }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('ui.regimes.columns.id'), dataIndex: 'id', width: 72, render: (id: string) => <Tag>{id}</Tag> },
        {
          title: t('ui.regimes.columns.level'),
          key: 'level',
          width: 96,
          render: (_, { id, index }) => (
            <CellField control={control} name={`rules.${index}.level`} label={t('ui.regimes.fields.level', { id })}>
              {(field, a11y) => (
                <InputNumber
                  {...a11y}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  controls={false}
                  style={{ width: 64 }}
                />
              )}
            </CellField>
          ),
        },
        {
          title: t('ui.regimes.columns.citation'),
          key: 'citation',
          width: '35%',
          render: (_, { id, index }) => texts(index, id, 'citation'),
        },
        {
          title: t('ui.regimes.columns.explanation'),
          key: 'explanation',
          render: (_, { id, index }) => texts(index, id, 'explanation'),
        },
      ]}
    />
  );
}
