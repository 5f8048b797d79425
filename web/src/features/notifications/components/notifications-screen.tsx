import { App, Button, Card, Checkbox, Flex } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ListEmpty, ListResults } from '../../../components/ui/list-results.js';
import { useFormat } from '../../../lib/format.js';
import { pagingChange } from '../../../lib/list-params.js';
import { useUrlListParams } from '../../../lib/use-url-list-params.js';
import { parseNotificationListParams, toNotificationSearchParams } from '../api/list-params.js';
import { useMarkRead, useNotifications, useUnreadCount } from '../api/notifications.js';
import { NotificationsTable } from './notifications-table.js';

/** "Thông báo": every notification of the person, paged, the unread ones alone on demand (in the URL). */
export function NotificationsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const { params, change, setSearch } = useUrlListParams(parseNotificationListParams, toNotificationSearchParams);
  const notifications = useNotifications(params);
  const unread = useUnreadCount().data ?? notifications.data?.unread ?? 0;
  const markRead = useMarkRead();
  const clear = () => setSearch(new URLSearchParams());
  const markAll = () =>
    markRead.mutate({}, { onSuccess: () => void message.success(t('ui.notifications.allMarkedRead')) });
  const empty = (
    <ListEmpty
      description={
        params.unreadOnly
          ? t('ui.notifications.emptyUnread')
          : `${t('ui.notifications.empty')} ${t('ui.notifications.emptyExplained')}`
      }
      filtered={params.unreadOnly}
      onClearFilters={clear}
      action={null}
    />
  );
  return (
    <Card>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <section aria-label={t('ui.notifications.filtersLabel')}>
          <Checkbox
            checked={params.unreadOnly}
            onChange={(event) => change({ unreadOnly: event.target.checked, page: 1 })}
          >
            {t('ui.notifications.unreadOnly')}
          </Checkbox>
        </section>
        <Button
          icon={<CheckOutlined aria-hidden />}
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={markAll}
        >
          {t('ui.notifications.markAllRead')}
        </Button>
      </Flex>
      <ListResults
        query={notifications}
        totalText={
          notifications.data &&
          t('ui.notifications.total', {
            total: format.number(notifications.data.total),
            unread: format.number(unread),
          })
        }
        filtered={params.unreadOnly}
        onClearFilters={clear}
      >
        <NotificationsTable
          items={notifications.data?.items ?? []}
          total={notifications.data?.total ?? 0}
          page={params.page}
          pageSize={params.pageSize}
          loading={notifications.isFetching}
          empty={empty}
          onPageChange={(page, pageSize) => change(pagingChange(page, pageSize, params.pageSize))}
        />
      </ListResults>
    </Card>
  );
}
