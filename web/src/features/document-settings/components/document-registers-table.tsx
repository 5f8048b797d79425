import { Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentRegister } from '#shared/documents/document-registers.schemas.js';
import { formatCount } from '#shared/reports/narrative.js';
import { ListTable, type ListTableData } from '../../../components/ui/list-table.js';
import { useFormat } from '../../../lib/format.js';

/** A register is named by its organisation, year and type code: the row's key. */
export type RegisterRow = DocumentRegister & { id: string };
export const registerRowsOf = (items: readonly DocumentRegister[]): RegisterRow[] =>
  items.map((item) => ({ ...item, id: `${item.organisation.id}:${item.year}:${item.typeCode}` }));

/** The type codes the forms use, named; any other code shows as it is (docs/domain.md#document-format). */
const namedTypes = { '': 'letter', QĐ: 'decision', TTr: 'submission', BC: 'report' } as const;
const isNamed = (code: string): code is keyof typeof namedTypes => Object.hasOwn(namedTypes, code);

export function DocumentRegistersTable(props: ListTableData<RegisterRow>) {
  const { t } = useTranslation();
  const { locale, date } = useFormat();
  // Numbers below 10 take a leading zero, as the register writes them ("05/QĐ-STTTT").
  const count = (value: number) => formatCount(value, locale);
  const typeOf = (row: RegisterRow) =>
    isNamed(row.typeCode)
      ? t(`ui.documentRegisters.types.${namedTypes[row.typeCode]}`, { code: row.typeCode })
      : row.typeCode;
  const lastIssued = (row: RegisterRow) =>
    row.lastIssued
      ? t('ui.documentRegisters.lastIssuedText', { symbol: row.lastIssued.symbol, date: date(row.lastIssued.issuedOn) })
      : t('ui.documentRegisters.noneIssued');

  const phoneColumns: TableColumnsType<RegisterRow> = [
    {
      key: 'register',
      title: t('ui.documentRegisters.columns.organisation'),
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{row.organisation.name}</Typography.Text>
          <span>{`${typeOf(row)}, ${row.year}`}</span>
          <Typography.Text type="secondary">
            {t('ui.documentRegisters.phoneSummary', { last: count(row.lastNumber), issued: count(row.issuedCount) })}
          </Typography.Text>
          <Typography.Text type="secondary">{lastIssued(row)}</Typography.Text>
        </Space>
      ),
    },
  ];
  const columns: TableColumnsType<RegisterRow> = [
    {
      key: 'organisation',
      title: t('ui.documentRegisters.columns.organisation'),
      render: (_, row) => row.organisation.name,
      minWidth: 240,
    },
    { key: 'year', title: t('ui.documentRegisters.columns.year'), render: (_, row) => row.year, width: 80 },
    { key: 'type', title: t('ui.documentRegisters.columns.type'), render: (_, row) => typeOf(row), width: 170 },
    {
      key: 'lastNumber',
      title: t('ui.documentRegisters.columns.lastNumber'),
      // 0: every number in the register was typed by its issuer; the counter has given none.
      render: (_, row) => (row.lastNumber === 0 ? t('ui.documentRegisters.noneIssued') : count(row.lastNumber)),
      align: 'right',
      width: 120,
    },
    {
      key: 'issuedCount',
      title: t('ui.documentRegisters.columns.issuedCount'),
      render: (_, row) => count(row.issuedCount),
      align: 'right',
      width: 120,
    },
    {
      key: 'lastIssued',
      title: t('ui.documentRegisters.columns.lastIssued'),
      render: (_, row) => lastIssued(row),
      width: 240,
    },
  ];
  return (
    <ListTable<RegisterRow>
      {...props}
      columns={columns}
      phoneColumns={phoneColumns}
      scrollX={960}
      rowAttributes={() => ({ 'data-testid': 'register-row' })}
    />
  );
}
