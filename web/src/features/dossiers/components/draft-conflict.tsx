import { useEffect, useRef } from 'react';
import { Alert, Button, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictRow } from '../../../components/ui/conflict-panel.js';
import type { DraftConflict } from '../api/use-dossier-draft.js';
import { describeValue, labelOfPath, type LabelContext } from './field-labels.js';

/**
 * Someone saved the dossier while the person was editing, and both changed the same fields.
 * Both versions side by side; the person keeps theirs (saved on top of the newer version) or takes
 * the newer values. Their other changes are kept either way.
 */
export function DraftConflictPanel({ conflict, context, onResolve }: { conflict: DraftConflict; context: LabelContext; onResolve: (choice: 'mine' | 'theirs') => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Braces matter: a browser's scrollIntoView may return a promise, which is no effect cleanup.
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, []);
  const rows: ConflictRow[] = conflict.conflicts.map(({ key, mine, theirs }) => {
    const segments = key.split('.');
    return { key, label: labelOfPath(segments, context), yours: describeValue(segments, mine, context), latest: describeValue(segments, theirs, context) };
  });
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
            <span>{t('ui.autosave.conflictExplained', { version: conflict.latest.version })}</span>
            <Table<ConflictRow>
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows}
              scroll={{ x: true }}
              columns={[
                { title: t('ui.conflict.field'), dataIndex: 'label', width: 220 },
                { title: t('ui.conflict.yours'), dataIndex: 'yours', render: (value: string) => <span className="pre-line">{value}</span> },
                { title: t('ui.conflict.latest'), dataIndex: 'latest', render: (value: string) => <span className="pre-line">{value}</span> },
              ]}
            />
            <Space wrap>
              <Button type="primary" onClick={() => onResolve('mine')}>
                {t('ui.autosave.keepMine')}
              </Button>
              <Button onClick={() => onResolve('theirs')}>{t('ui.autosave.takeTheirs')}</Button>
            </Space>
          </Space>
        }
      />
    </div>
  );
}
