import { Button, Flex, Typography } from 'antd';
import { CheckOutlined, CloudUploadOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../lib/format.js';
import { ReloginDialog } from '../../auth/index.js';
import type { SaveState } from '../api/use-dossier-draft.js';

/** "Đã lưu lúc 14:32", "Đang lưu...", or what went wrong with a way to try again. */
export function SaveIndicator({ state, dirty, onRetry }: { state: SaveState; dirty: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  const content = (() => {
    switch (state.kind) {
      case 'saving':
        return (
          <Typography.Text type="secondary">
            <LoadingOutlined aria-hidden /> {t('ui.autosave.saving')}
          </Typography.Text>
        );
      case 'pending':
        return (
          <Typography.Text type="secondary">
            <CloudUploadOutlined aria-hidden /> {t('ui.autosave.pending')}
          </Typography.Text>
        );
      case 'saved':
        return dirty ? (
          <Typography.Text type="secondary">
            <CloudUploadOutlined aria-hidden /> {t('ui.autosave.pending')}
          </Typography.Text>
        ) : (
          <Typography.Text type="success" data-testid="saved-at">
            <CheckOutlined aria-hidden /> {t('ui.autosave.savedAt', { time: formatTime(state.at) })}
          </Typography.Text>
        );
      case 'error':
        return (
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="danger">
              <ExclamationCircleOutlined aria-hidden /> {t('ui.autosave.failed', { message: state.message })}
            </Typography.Text>
            <Button size="small" onClick={onRetry}>
              {t('ui.common.retry')}
            </Button>
          </Flex>
        );
      case 'expired':
        return (
          <>
            <Typography.Text type="danger">
              <ExclamationCircleOutlined aria-hidden /> {t('ui.autosave.sessionExpired')}
            </Typography.Text>
            {/* Mounted only now: it reads the session, which the rest of the page needs not. */}
            <ReloginDialog open onLoggedIn={onRetry} />
          </>
        );
      case 'conflict':
        return (
          <Typography.Text type="warning">
            <ExclamationCircleOutlined aria-hidden /> {t('ui.autosave.conflict')}
          </Typography.Text>
        );
      default:
        return <Typography.Text type="secondary">{t('ui.autosave.idle')}</Typography.Text>;
    }
  })();
  return (
    <div role="status" aria-live="polite" className="save-indicator">
      {content}
    </div>
  );
}
