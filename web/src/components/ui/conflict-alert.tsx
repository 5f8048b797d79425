import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** One field that differs between the person's values and the latest saved version. */
export interface ConflictRow {
  key: string;
  label: string;
  yours: string;
  latest: string;
}

interface ConflictAlertProps {
  /** Scrolls into view again whenever this changes (for example once the latest version loads). */
  scrollKey?: unknown;
  children: ReactNode;
}

/** The warning frame around an edit conflict, brought into view since the save button may be far below. */
export function ConflictAlert({ scrollKey, children }: ConflictAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Braces matter: a browser's scrollIntoView may return a promise, which is no effect cleanup.
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [scrollKey]);
  return (
    <div ref={ref} className="scroll-target">
      <Alert
        type="warning"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={t('ui.conflict.title')}
        description={
          <Space orientation="vertical" style={{ width: '100%' }}>
            {children}
          </Space>
        }
      />
    </div>
  );
}

/** Values that may span lines (long texts, lists) keep their line breaks. */
const preLine = (value: string) => <span className="pre-line">{value}</span>;

/** The differing fields side by side: the person's value and the latest one. */
export function ConflictTable({ rows, multiline = false }: { rows: ConflictRow[]; multiline?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<ConflictRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      scroll={{ x: true }}
      columns={[
        { title: t('ui.conflict.field'), dataIndex: 'label', ...(multiline && { width: 220 }) },
        { title: t('ui.conflict.yours'), dataIndex: 'yours', ...(multiline && { render: preLine }) },
        { title: t('ui.conflict.latest'), dataIndex: 'latest', ...(multiline && { render: preLine }) },
      ]}
    />
  );
}
