import { Button } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Notification } from '#shared/notifications/notifications.schemas.js';
import { ListTable, type ListTableData } from '../../../components/ui/list-table.js';
import { useMarkRead } from '../api/notifications.js';
import { NotificationMessage } from './notification-message.js';

/** One page of notifications, each with "Đánh dấu đã đọc" while it is unread. */
export function NotificationsTable(props: ListTableData<Notification>) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const message: TableColumnsType<Notification>[number] = {
    key: 'message',
    title: t('ui.notifications.title'),
    render: (_, notification) => <NotificationMessage notification={notification} />,
  };
  const columns: TableColumnsType<Notification> = [
    message,
    {
      key: 'read',
      // Named for screen readers; the buttons say it on screen.
      title: <span className="visually-hidden">{t('ui.notifications.markRead')}</span>,
      width: 190,
      align: 'right',
      render: (_, notification) =>
        notification.readAt === null && (
          <Button
            size="small"
            icon={<CheckOutlined aria-hidden />}
            loading={markRead.isPending && markRead.variables.ids?.includes(notification.id)}
            onClick={() => markRead.mutate({ ids: [notification.id] })}
          >
            {t('ui.notifications.markRead')}
          </Button>
        ),
    },
  ];
  return (
    <ListTable<Notification>
      {...props}
      columns={columns}
      phoneColumns={[message]}
      scrollX={600}
      rowAttributes={(notification) => ({
        'data-testid': 'notification',
        'data-kind': notification.kind,
        'data-unread': String(notification.readAt === null),
      })}
    />
  );
}
