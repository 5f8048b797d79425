import { useMemo, useState } from 'react';
import { Alert, Table } from 'antd';
import type { AlertProps, TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnboardingSheet } from '#shared/onboarding/onboarding.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { usePaging } from './paging.js';
import { inSheet, SheetFilter, type SheetChoice } from './sheet-filter.js';

export type SheetRow<T> = T & { rowKey: number };

interface Located {
  sheet: OnboardingSheet;
  /** As the spreadsheet numbers it; 0 for the whole sheet. */
  row: number;
}

interface SheetRowsTableProps<T extends Located> {
  /** The rows the server sent: the first ones of `total`. */
  rows: T[];
  total: number;
  /** Said above the table when the server sent fewer rows than there are; gets `count` and `shown`. */
  truncated: { type: AlertProps['type']; key: 'ui.onboarding.changesTruncated' | 'ui.onboarding.issuesTruncated' };
  filterLabel: string;
  /** Each row's data-testid. */
  testId: string;
  /** The columns after the sheet's and the row's. */
  columns: TableColumnsType<SheetRow<T>>;
}

/**
 * Rows from the workbook's sheets, each named by its sheet and row number, twenty a page, narrowed to one sheet by
 * the filter above them.
 */
export function SheetRowsTable<T extends Located>({
  rows,
  total,
  truncated,
  filterLabel,
  testId,
  columns,
}: SheetRowsTableProps<T>) {
  const { t } = useTranslation();
  const format = useFormat();
  const paging = usePaging();
  const [sheet, setSheet] = useState<SheetChoice>('all');
  const shown = useMemo(
    () => rows.map((row, index): SheetRow<T> => ({ ...row, rowKey: index })).filter(inSheet(sheet)),
    [rows, sheet],
  );
  return (
    <>
      {total > rows.length && (
        <Alert
          type={truncated.type}
          showIcon
          style={{ marginBottom: 12 }}
          title={t(truncated.key, { count: format.number(total), shown: format.number(rows.length) })}
        />
      )}
      <SheetFilter label={filterLabel} value={sheet} onChange={setSheet} />
      <Table<SheetRow<T>>
        rowKey="rowKey"
        // A new filter starts again from its first page.
        key={sheet}
        size="small"
        dataSource={shown}
        pagination={paging}
        scroll={{ x: 760 }}
        onRow={() => ({ 'data-testid': testId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'sheet',
            title: t('ui.onboarding.columns.sheet'),
            width: 150,
            render: (_, row) => t(`ui.onboarding.sheets.${row.sheet}`),
          },
          {
            key: 'row',
            title: t('ui.onboarding.columns.row'),
            width: 70,
            align: 'right',
            render: (_, row) => (row.row > 0 ? format.number(row.row) : ''),
          },
          ...columns,
        ]}
      />
    </>
  );
}
