import { Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  deliveryModes,
  notificationKinds,
  type DeliveryByKind,
  type DeliveryMode,
  type NotificationKind,
} from '#shared/notifications/notifications.schemas.js';

interface DeliveryModesTableProps {
  value: DeliveryByKind;
  onChange: (kind: NotificationKind, mode: DeliveryMode) => void;
  disabled?: boolean;
}

/** Each kind of notification with its choice: Tắt, Trong ứng dụng, E-mail ngay, E-mail tổng hợp hằng ngày. */
export function DeliveryModesTable({ value, onChange, disabled }: DeliveryModesTableProps) {
  const { t } = useTranslation();
  const options = deliveryModes.map((mode) => ({ value: mode, label: t(`ui.notifications.mode.${mode}`) }));
  const columns: TableColumnsType<{ kind: NotificationKind }> = [
    {
      key: 'kind',
      title: t('ui.notifications.columns.kind'),
      render: (_, { kind }) => t(`ui.notifications.kind.${kind}`),
    },
    {
      key: 'mode',
      title: t('ui.notifications.columns.mode'),
      width: 260,
      render: (_, { kind }) => (
        <Select<DeliveryMode>
          aria-label={t('ui.notifications.modeOf', { kind: t(`ui.notifications.kind.${kind}`) })}
          value={value[kind]}
          onChange={(mode) => onChange(kind, mode)}
          options={options}
          disabled={disabled}
          style={{ width: '100%' }}
        />
      ),
    },
  ];
  return (
    <Table<{ kind: NotificationKind }>
      rowKey="kind"
      size="small"
      columns={columns}
      dataSource={notificationKinds.map((kind) => ({ kind }))}
      pagination={false}
    />
  );
}

/** The hour (Vietnam time) the daily digest goes out at; all 24 listed, as a person scrolls through them. */
export function DigestHourSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: number;
  onChange: (hour: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      virtual={false}
      options={Array.from({ length: 24 }, (_, hour) => ({ value: hour, label: t('ui.notifications.hour', { hour }) }))}
      style={{ width: 160 }}
    />
  );
}
