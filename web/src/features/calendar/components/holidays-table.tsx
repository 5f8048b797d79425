import { Button, DatePicker, Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.js';
import { kindOf, weekdayOf, type HolidayKind, type HolidayRow, type RowErrors } from './holiday-rows.js';

const kindColours = { holiday: 'red', workingWeekend: 'blue' } satisfies Record<HolidayKind, string>;

interface HolidaysTableProps {
  year: number;
  rows: readonly HolidayRow[];
  /** Inputs on every row, or plain text for a person who may not change the calendar. */
  editable: boolean;
  errors?: RowErrors;
  loading?: boolean;
  onChange?: (key: string, change: Partial<Pick<HolidayRow, 'date' | 'name'>>) => void;
  onRemove?: (key: string) => void;
}

/** A field's error under it, tied to the input by aria-describedby. */
function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <Typography.Text id={id} type="danger" role="alert" style={{ display: 'block', fontSize: 13 }}>
      {message}
    </Typography.Text>
  );
}

/** Ngày (dd/mm/yyyy and its weekday), tên ngày nghỉ, loại (nghỉ lễ / làm bù, from the date). */
export function HolidaysTable({ year, rows, editable, errors = {}, loading, onChange, onRemove }: HolidaysTableProps) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const weekday = (day: string) => t(`ui.holidays.weekday.${weekdayOf(day)}`);
  const numberOf = (row: HolidayRow) => rows.indexOf(row) + 1;
  const errorId = (row: HolidayRow, field: string) => `holiday-${row.key}-${field}-error`;

  const columns: TableColumnsType<HolidayRow> = [
    {
      key: 'date',
      title: t('ui.holidays.columns.date'),
      width: 220,
      render: (_, row) => {
        if (!editable)
          return row.date ? (
            <>
              {date(row.date)} <Typography.Text type="secondary">({weekday(row.date)})</Typography.Text>
            </>
          ) : null;
        const error = errors[row.key]?.date;
        return (
          <>
            <DatePicker
              format="DD/MM/YYYY"
              placeholder={t('ui.holidays.datePlaceholder')}
              aria-label={t('ui.holidays.dateOfRow', { row: numberOf(row) })}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? errorId(row, 'date') : undefined}
              status={error ? 'error' : undefined}
              value={row.date ? dayjs(row.date) : null}
              // Opens on the year being edited, not on today's month.
              defaultPickerValue={dayjs(`${year}-01-01`)}
              onChange={(day) => onChange?.(row.key, { date: day ? day.format('YYYY-MM-DD') : null })}
              style={{ width: '100%' }}
            />
            {row.date && <Typography.Text type="secondary">{weekday(row.date)}</Typography.Text>}
            <FieldError id={errorId(row, 'date')} message={error} />
          </>
        );
      },
    },
    {
      key: 'name',
      title: t('ui.holidays.columns.name'),
      minWidth: 260,
      render: (_, row) => {
        if (!editable) return row.name;
        const error = errors[row.key]?.name;
        return (
          <>
            <Input
              aria-label={t('ui.holidays.nameOfRow', { row: numberOf(row) })}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? errorId(row, 'name') : undefined}
              status={error ? 'error' : undefined}
              value={row.name}
              maxLength={200}
              onChange={(event) => onChange?.(row.key, { name: event.target.value })}
            />
            <FieldError id={errorId(row, 'name')} message={error} />
          </>
        );
      },
    },
    {
      key: 'kind',
      title: t('ui.holidays.columns.kind'),
      width: 150,
      render: (_, row) => {
        if (!row.date) return null;
        const kind = kindOf(row.date);
        return <Tag color={kindColours[kind]}>{t(`ui.holidays.kind.${kind}`)}</Tag>;
      },
    },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('ui.holidays.columns.actions'),
            width: 110,
            render: (_: unknown, row: HolidayRow) => (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('ui.holidays.removeRow', { row: numberOf(row) })}
                onClick={() => onRemove?.(row.key)}
              >
                {t('ui.holidays.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<HolidayRow>
      rowKey="key"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      scroll={{ x: 700 }}
      locale={{ emptyText: t('ui.holidays.empty', { year }) }}
      onRow={() => ({ 'data-testid': 'holiday-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
