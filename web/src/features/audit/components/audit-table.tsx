import type { ReactNode } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '#shared/audit/audit-list.schemas.js';
import { useFormat } from '../../../lib/format.js';
import { useListPagination } from '../../../components/ui/list-table.js';
import { actionLabel, entityLabel, entityPath } from './audit-labels.js';
import { AuditEventDetails } from './audit-event-details.js';
import type { ValueContext } from './audit-values.js';

interface AuditTableProps {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  empty: ReactNode;
  context: Omit<ValueContext, 'entityType'>;
  onPageChange: (page: number, pageSize: number) => void;
  onFilterActor: (actorUserId: string) => void;
  onFilterEntity: (entityType: string, entityId: string) => void;
}

/** The events, newest first, paged by the server; each opens onto its before and after. */
export function AuditTable({
  items,
  total,
  page,
  pageSize,
  loading,
  empty,
  context,
  onPageChange,
  onFilterActor,
  onFilterEntity,
}: AuditTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pagination = useListPagination({ page, pageSize, total, onPageChange });
  const columns: TableColumnsType<AuditEvent> = [
    {
      key: 'at',
      title: t('ui.audit.columns.at'),
      width: 150,
      render: (_, event) => <time dateTime={event.at}>{format.dateTime(event.at)}</time>,
    },
    {
      key: 'actor',
      title: t('ui.audit.columns.actor'),
      width: 200,
      render: (_, event) =>
        event.actor ? (
          <Space orientation="vertical" size={0}>
            <span>{event.actor.fullName}</span>
            <Typography.Text type="secondary">{event.actor.username}</Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('ui.audit.noActor')}</Typography.Text>
        ),
    },
    {
      key: 'action',
      title: t('ui.audit.columns.action'),
      width: 220,
      render: (_, event) => actionLabel(format.locale, event.entityType, event.action),
    },
    {
      key: 'entity',
      title: t('ui.audit.columns.entity'),
      width: 220,
      render: (_, event) => {
        const path = entityPath(event.entityType, event.entityId);
        const id = (
          <Typography.Text type="secondary" ellipsis={{ tooltip: event.entityId }} style={{ maxWidth: 200 }}>
            {event.entityId}
          </Typography.Text>
        );
        return (
          <Space orientation="vertical" size={0}>
            <span>{entityLabel(format.locale, event.entityType)}</span>
            {path ? (
              <Link
                to={path}
                // A title, not an aria-label: the name read aloud keeps the id shown (WCAG 2.5.3, label in name).
                title={t('ui.audit.openEntity', { entity: entityLabel(format.locale, event.entityType) })}
              >
                {id}
              </Link>
            ) : (
              id
            )}
          </Space>
        );
      },
    },
    {
      key: 'organisation',
      title: t('ui.audit.columns.organisation'),
      minWidth: 200,
      render: (_, event) =>
        event.organisation?.name ?? <Typography.Text type="secondary">{t('ui.audit.noOrganisation')}</Typography.Text>,
    },
  ];
  return (
    <Table<AuditEvent>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      size="middle"
      scroll={{ x: 1000 }}
      onRow={(event) =>
        ({ 'data-testid': 'audit-row', 'data-event-id': String(event.id) }) as React.HTMLAttributes<HTMLElement>
      }
      locale={{ emptyText: empty }}
      expandable={{
        expandedRowRender: (event) => (
          <AuditEventDetails
            event={event}
            context={{ ...context, entityType: event.entityType }}
            onFilterActor={onFilterActor}
            onFilterEntity={onFilterEntity}
          />
        ),
        // A named button, not antd's bare "+": a screen reader hears which event it opens and whether it is open.
        expandIcon: ({ expanded, onExpand, record }) => (
          <Button
            type="text"
            size="small"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'ui.audit.hideDetails' : 'ui.audit.showDetails', { id: record.id })}
            icon={expanded ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
            onClick={(click) => onExpand(record, click)}
          />
        ),
      }}
      pagination={pagination}
    />
  );
}
