import type { ReactNode } from 'react';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeValue, fieldLabel, type ValueContext } from './audit-values.js';

interface ChangeRow {
  field: string;
  before: { value: unknown } | null;
  after: { value: unknown } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Same content whatever the order of an object's keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/**
 * The rows of the change: one per field, each side present only when that side recorded it. An update records
 * only the changed fields; events that record a whole record on both sides (a regime's correction) show only the
 * fields that differ. A list (a year's holidays, replaced as a whole) shows as one row, the whole list on each side.
 */
function changeRows(before: unknown, after: unknown): ChangeRow[] {
  if (Array.isArray(before) || Array.isArray(after)) {
    return sameValue(before, after) ? [] : [{ field: 'holidays', before: { value: before }, after: { value: after } }];
  }
  const was = isRecord(before) ? before : {};
  const is = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(is), ...Object.keys(was)])];
  return fields
    .filter((field) => !(field in was && field in is && sameValue(was[field], is[field])))
    .map((field) => ({
      field,
      before: field in was ? { value: was[field] } : null,
      after: field in is ? { value: is[field] } : null,
    }));
}

interface AuditChangesProps {
  eventId: number;
  before: unknown;
  after: unknown;
  context: ValueContext;
}

/** Before and after, field by field: "Tên đơn vị | UBND xã Định Bình | UBND xã Định Bình (mới)". */
export function AuditChanges({ eventId, before, after, context }: AuditChangesProps) {
  const { t } = useTranslation();
  const rows = changeRows(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('ui.audit.details.noChanges')}</Typography.Text>;
  const side = (recorded: { value: unknown } | null, field: string): ReactNode =>
    recorded ? (
      describeValue(context, field, recorded.value)
    ) : (
      <span aria-label={t('ui.audit.details.notRecorded')}>—</span>
    );
  return (
    <Table<ChangeRow>
      aria-label={t('ui.audit.details.changesOf', { id: eventId })}
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      onRow={(row) => ({ 'data-testid': 'audit-change', 'data-field': row.field }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'field',
          title: t('ui.audit.details.field'),
          width: '24%',
          render: (_, row) => fieldLabel(context, row.field),
        },
        {
          key: 'before',
          title: t('ui.audit.details.before'),
          width: '38%',
          render: (_, row) => side(row.before, row.field),
        },
        {
          key: 'after',
          title: t('ui.audit.details.after'),
          width: '38%',
          render: (_, row) => side(row.after, row.field),
        },
      ]}
    />
  );
}
