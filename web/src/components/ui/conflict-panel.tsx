import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, ConflictTable, type ConflictRow } from './conflict-alert.js';

export type { ConflictRow };

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
  return (
    <ConflictAlert scrollKey={latest}>
      <span>{text}</span>
      {rows && rows.length > 0 && <ConflictTable rows={rows} />}
      {!rows && (
        <Button onClick={onLoadLatest} loading={loading}>
          {t('ui.conflict.load')}
        </Button>
      )}
      {rows && rows.length > 0 && <Button onClick={onUseLatest}>{t('ui.conflict.useLatest')}</Button>}
    </ConflictAlert>
  );
}
