import { Checkbox, InputNumber, Space, Table, Typography } from 'antd';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Regime } from '#shared/regimes/regime.schemas.js';
import { CellField } from './cell-field.js';
import { clockFieldPaths, clockSlots } from './regime-clocks.js';
import { useRegimeText } from './use-regime-text.js';

/** Each clock's length and whether it counts working days, editable in place. */
export function ClockFieldsTable({ control }: { control: Control<Regime> }) {
  const { t } = useTranslation();
  const text = useRegimeText();
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={clockSlots}
      showHeader={false}
      columns={[
        { key: 'name', render: (_, slot) => text.clockName(slot) },
        {
          key: 'days',
          width: 160,
          render: (_, slot) => (
            <CellField
              control={control}
              name={clockFieldPaths(slot).days}
              label={t('ui.regimes.fields.clockDays', { clock: text.clockName(slot) })}
            >
              {(field, a11y) => (
                <Space size={6}>
                  <InputNumber
                    {...a11y}
                    value={field.value as number | null}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    controls={false}
                    style={{ width: 72 }}
                  />
                  <Typography.Text type="secondary">{t('ui.regimes.daysUnit')}</Typography.Text>
                </Space>
              )}
            </CellField>
          ),
        },
        {
          key: 'workingDays',
          width: 200,
          render: (_, slot) => (
            <CellField
              control={control}
              name={clockFieldPaths(slot).workingDays}
              label={t('ui.regimes.fields.clockWorkingDays', { clock: text.clockName(slot) })}
            >
              {(field, a11y) => (
                <Checkbox
                  {...a11y}
                  checked={Boolean(field.value)}
                  onChange={(event) => field.onChange(event.target.checked)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                >
                  {t('ui.regimes.workingDaysOption')}
                </Checkbox>
              )}
            </CellField>
          ),
        },
      ]}
    />
  );
}
