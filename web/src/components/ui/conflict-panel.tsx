import { useEffect, useRef } from 'react';
import { Alert, Button, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ConflictRow {
  key: string;
  label: string;
  yours: string;
  latest: string;
}

interface ConflictPanelProps {
  /** The server's message for 409 stale_version. */
  message: string;
  /** The latest version and how it differs from the person's values, once loaded. */
  latest: { version: number; rows: ConflictRow[] } | null;
  loading: boolean;
  onLoadLatest: () => void;
  onUseLatest: () => void;
}

/**
 * A save based on an old version was refused. The person's values stay in the form; they load
 * the latest version, see what differs, and keep theirs (save again) or take the newer one.
 */
export function ConflictPanel({ message, latest, loading, onLoadLatest, onUseLatest }: ConflictPanelProps) {
  const { t } = useTranslation();
  const rows = latest?.rows;
  const text = !latest
    ? message
    : latest.rows.length
      ? t('ui.conflict.loaded', { version: latest.version })
      : t('ui.conflict.noDifference', { version: latest.version });
  const ref = useRef<HTMLDivElement>(null);
  // The save button may be far below: bring the explanation into view.
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [latest]);
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
            <span>{text}</span>
            {rows && rows.length > 0 && (
              <Table<ConflictRow>
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={rows}
                scroll={{ x: true }}
                columns={[
                  { title: t('ui.conflict.field'), dataIndex: 'label' },
                  { title: t('ui.conflict.yours'), dataIndex: 'yours' },
                  { title: t('ui.conflict.latest'), dataIndex: 'latest' },
                ]}
              />
            )}
            {!rows && (
              <Button onClick={onLoadLatest} loading={loading}>
                {t('ui.conflict.load')}
              </Button>
            )}
            {rows && rows.length > 0 && <Button onClick={onUseLatest}>{t('ui.conflict.useLatest')}</Button>}
          </Space>
        }
      />
    </div>
  );
}
