import { Alert, Button } from 'antd';
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
function ConflictPanel({ message, latest, loading, onLoadLatest, onUseLatest }: ConflictPanelProps) {
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

/** What a form's useStaleVersion (web/src/lib/use-stale-version.ts) tells the person about a refused save. */
interface StaleVersionState {
  message: string | null;
  latest: ConflictPanelProps['latest'];
  loading: boolean;
  loadError: string | null;
  loadLatest: () => Promise<void>;
  useLatest: () => void;
}

/** At the top of a form: the conflict panel once a save is refused as stale, and why the latest did not load. */
export function StaleVersionNotice({ stale }: { stale: StaleVersionState }) {
  return (
    <>
      {stale.message && (
        <ConflictPanel
          message={stale.message}
          latest={stale.latest}
          loading={stale.loading}
          onLoadLatest={() => void stale.loadLatest()}
          onUseLatest={stale.useLatest}
        />
      )}
      {stale.loadError && <Alert type="error" showIcon title={stale.loadError} style={{ marginBottom: 16 }} />}
    </>
  );
}
