import { Alert, Empty, Flex, Skeleton, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDossierEvents } from '../api/dossiers.js';
import { latestReturnOf } from '../api/events.js';
import type { InboxItem } from '../api/types.js';
import { DaysLeftBadge, DossierStatusTag, DueDate, ProposedLevelTag } from './dossier-tags.js';
import { useClientPagination } from '../../../components/ui/named-controls.js';

/** The reviewer's reasons for the latest return, read from the dossier's history. */
export function ReturnReasons({ dossierId, compact }: { dossierId: string; compact?: boolean }) {
  const { t } = useTranslation();
  const events = useDossierEvents(dossierId);
  if (events.isPending) return <Skeleton active title={false} paragraph={{ rows: 1 }} />;
  const event = events.data ? latestReturnOf(events.data) : null;
  if (!event?.comment) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="return-reasons"
      title={t('ui.dossier.returnReasonsBy', { actor: event.actor ?? t('ui.dossier.reviewer') })}
      description={<span style={{ whiteSpace: 'pre-line' }}>{event.comment}</span>}
      style={compact ? { marginTop: 8 } : { marginBottom: 16 }}
    />
  );
}

/** The operator's to-do list: returned dossiers with the reasons, drafts, deadlines. */
export function OfficerTodo({ items }: { items: InboxItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.inbox.officerEmpty')} />;
  return (
    <ul className="plain-list todo-list">
      {items.map((item) => (
        <li key={item.id} data-testid="inbox-item" data-dossier-id={item.id}>
          <div style={{ flex: '1 1 320px', minWidth: 0 }}>
            <Link to={`/dossiers/${item.id}`}>
              <Typography.Text strong>{item.title}</Typography.Text>
            </Link>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {item.systems.map((s) => s.name).join('; ')}
            </Typography.Text>
            {item.status === 'returned' && <ReturnReasons dossierId={item.id} compact />}
          </div>
          <Flex vertical align="flex-end" gap={4}>
            <Space size={[4, 4]} wrap>
              <DossierStatusTag status={item.status} />
              <ProposedLevelTag level={item.proposedLevel} />
            </Space>
            <DaysLeftBadge daysLeft={item.daysLeft} />
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** The reviewer's inbox, most urgent first (the server's order). */
export function ReviewerInbox({ items, loading }: { items: InboxItem[]; loading: boolean }) {
  const { t } = useTranslation();
  const pagination = useClientPagination(items.length, 10, { sizeChanger: true });
  const columns: TableColumnsType<InboxItem> = [
    {
      key: 'title',
      title: t('ui.inbox.columns.dossier'),
      minWidth: 240,
      render: (_, item) => (
        <>
          <Link to={`/dossiers/${item.id}`}>{item.title}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {item.systems.map((s) => s.name).join('; ')}
          </Typography.Text>
        </>
      ),
    },
    { key: 'operator', title: t('ui.inbox.columns.operator'), width: 200, render: (_, item) => item.operator.name },
    {
      key: 'level',
      title: t('ui.inbox.columns.level'),
      width: 120,
      render: (_, item) => <ProposedLevelTag level={item.proposedLevel} />,
    },
    {
      key: 'status',
      title: t('ui.inbox.columns.status'),
      width: 160,
      render: (_, item) => <DossierStatusTag status={item.status} />,
    },
    {
      key: 'due',
      title: t('ui.inbox.columns.dueOn'),
      width: 190,
      render: (_, item) => (
        <Space orientation="vertical" size={2}>
          <DueDate dueOn={item.stepDueOn} overdue={item.overdue} withLabel={false} />
          <DaysLeftBadge daysLeft={item.daysLeft} />
        </Space>
      ),
    },
  ];
  return (
    <Table<InboxItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 900 }}
      onRow={(item) =>
        ({ 'data-testid': 'inbox-item', 'data-dossier-id': item.id }) as React.HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.inbox.reviewerEmpty')} /> }}
    />
  );
}
