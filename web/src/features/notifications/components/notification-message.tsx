import { Badge, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Notification } from '#shared/notifications/notifications.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { useMarkRead } from '../api/notifications.js';
import { notificationText } from './notification-text.js';

interface NotificationMessageProps {
  notification: Notification;
  /** After the link was followed (the bell's panel closes). */
  onOpen?: () => void;
}

/**
 * One notification: its sentence as a link to what it is about (bold while unread, marked read when opened),
 * what else it names, and when it came.
 */
export function NotificationMessage({ notification, onOpen }: NotificationMessageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const { headline, details } = notificationText(t, notification);
  const open = () => {
    if (unread) markRead.mutate({ ids: [notification.id] });
    onOpen?.();
  };
  return (
    <div className="notification-message">
      <span className="notification-dot">
        {unread && (
          <Badge status="processing" text={<span className="visually-hidden">{t('ui.notifications.unread')}</span>} />
        )}
      </span>
      <div style={{ minWidth: 0 }}>
        <Link to={notification.link} onClick={open}>
          <Typography.Text strong={unread} style={{ color: 'inherit' }}>
            {headline}
          </Typography.Text>
        </Link>
        {details.map((line) => (
          <Typography.Text key={line} type="secondary" className="notification-detail">
            {line}
          </Typography.Text>
        ))}
        <Typography.Text type="secondary" className="notification-detail">
          {format.dateTime(notification.createdAt)}
        </Typography.Text>
      </div>
    </div>
  );
}
