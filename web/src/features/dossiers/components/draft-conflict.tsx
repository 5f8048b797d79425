import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, ConflictTable, type ConflictRow } from '../../../components/ui/conflict-alert.js';
import type { DraftConflict } from '../api/use-dossier-draft.js';
import { describeValue, labelOfPath, type LabelContext } from './field-labels.js';

/**
 * Someone saved the dossier while the person was editing, and both changed the same fields.
 * Both versions side by side; the person keeps theirs (saved on top of the newer version) or takes
 * the newer values. Their other changes are kept either way.
 */
export function DraftConflictPanel({
  conflict,
  context,
  onResolve,
}: {
  conflict: DraftConflict;
  context: LabelContext;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  const rows: ConflictRow[] = conflict.conflicts.map(({ key, mine, theirs }) => {
    const segments = key.split('.');
    return {
      key,
      label: labelOfPath(segments, context),
      yours: describeValue(segments, mine, context),
      latest: describeValue(segments, theirs, context),
    };
  });
  return (
    <ConflictAlert>
      <span>{t('ui.autosave.conflictExplained', { version: conflict.latest.version })}</span>
      <ConflictTable rows={rows} multiline />
      <Space wrap>
        <Button type="primary" onClick={() => onResolve('mine')}>
          {t('ui.autosave.keepMine')}
        </Button>
        <Button onClick={() => onResolve('theirs')}>{t('ui.autosave.takeTheirs')}</Button>
      </Space>
    </ConflictAlert>
  );
}
