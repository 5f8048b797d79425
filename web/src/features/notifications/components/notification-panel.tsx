import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { latestParams, useMarkRead, useNotifications, useUnreadCount } from '../api/notifications.js';
import { NotificationMessage } from './notification-message.js';

interface NotificationPanelProps {
  /** Loaded only while open: the stream marks it stale, opening it fetches it again. */
  open: boolean;
  onClose: (options: { refocus: boolean }) => void;
}

/** The bell's panel: the newest notifications, "Đánh dấu tất cả đã đọc" and "Xem tất cả". */
export function NotificationPanel({ open, onClose }: NotificationPanelProps) {
  const { t } = useTranslation();
  const latest = useNotifications(latestParams, { enabled: open });
  const unread = useUnreadCount().data ?? 0;
  const markRead = useMarkRead();
  const items = latest.data?.items ?? [];
  return (
    <section
      aria-label={t('ui.notifications.panelLabel')}
      className="notification-panel"
      data-testid="notification-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose({ refocus: true });
      }}
    >
      <Flex justify="space-between" align="center" gap={8} className="notification-panel-head">
        <Typography.Text strong>{t('ui.notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate({})}
        >
          {t('ui.notifications.markAllRead')}
        </Button>
      </Flex>
      {latest.isError ? (
        <Alert type="error" showIcon title={latest.error.message} />
      ) : latest.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.notifications.emptyExplained')} />
      ) : (
        <ul className="plain-list notification-list">
          {items.map((notification) => (
            <li key={notification.id} data-testid="notification" data-kind={notification.kind}>
              <NotificationMessage notification={notification} onOpen={() => onClose({ refocus: false })} />
            </li>
          ))}
        </ul>
      )}
      <div className="notification-panel-foot">
        <Link to="/notifications" onClick={() => onClose({ refocus: false })}>
          {t('ui.notifications.viewAll')}
        </Link>
      </div>
    </section>
  );
}
