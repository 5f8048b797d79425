import { useRef, useState } from 'react';
import { Badge, Button, Popover } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/notifications.js';
import { NotificationPanel } from './notification-panel.js';

/**
 * The bell in the top bar: the unread count (kept current by the stream), and a panel with the newest
 * notifications. The panel is placed right after the button in the page, so Tab moves from the bell into it;
 * Escape closes it and puts the focus back on the bell.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const bell = useRef<HTMLButtonElement>(null);
  const unread = useUnreadCount().data ?? 0;
  const close = ({ refocus }: { refocus: boolean }) => {
    setOpen(false);
    if (refocus) bell.current?.focus();
  };
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
      getPopupContainer={(trigger) => trigger.parentElement ?? document.body}
      content={<NotificationPanel open={open} onClose={close} />}
    >
      <Button
        ref={bell}
        type="text"
        aria-label={t('ui.notifications.bell', { count: unread })}
        aria-expanded={open}
        data-testid="notification-bell"
        icon={
          <Badge count={unread} overflowCount={99} size="small" title="">
            <BellOutlined aria-hidden style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
