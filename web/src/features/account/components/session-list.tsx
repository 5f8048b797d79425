import { App, Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActiveSession } from '#shared/auth/session-list.schemas.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useFormat } from '../../../lib/format.js';
import { useEndSession, useOwnSessions } from '../api/account.js';

/** "Chrome trên Windows", from what the server recognised in the browser's User-Agent. */
function useDeviceName() {
  const { t } = useTranslation();
  return ({ device }: ActiveSession) =>
    t('ui.account.sessions.deviceOn', {
      browser: device.browser ?? t('ui.account.sessions.unknownBrowser'),
      os: device.os ?? t('ui.account.sessions.unknownOs'),
    });
}

/** The person's open sessions; any but the current one can be logged out from here. */
export function SessionList() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { message } = App.useApp();
  const sessions = useOwnSessions();
  const end = useEndSession();
  const deviceName = useDeviceName();

  if (sessions.error) return <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />;

  const endSession = (session: ActiveSession) =>
    end.mutate(session.id, {
      onSuccess: () => void message.success(t('ui.account.sessions.ended', { device: deviceName(session) })),
      onError: (error) => void message.error(error.message),
    });

  const columns: TableColumnsType<ActiveSession> = [
    {
      key: 'device',
      title: t('ui.account.sessions.device'),
      render: (_, session) => (
        <>
          {deviceName(session)} {session.current && <Tag color="blue">{t('ui.account.sessions.current')}</Tag>}
        </>
      ),
    },
    { key: 'address', title: t('ui.account.sessions.address'), dataIndex: 'address' },
    {
      key: 'createdAt',
      title: t('ui.account.sessions.createdAt'),
      render: (_, session) => dateTime(session.createdAt),
    },
    {
      key: 'lastSeenAt',
      title: t('ui.account.sessions.lastSeenAt'),
      render: (_, session) => dateTime(session.lastSeenAt),
    },
    {
      key: 'actions',
      title: <span className="visually-hidden">{t('ui.account.sessions.end')}</span>,
      render: (_, session) =>
        session.current ? null : (
          <Button
            danger
            size="small"
            loading={end.isPending && end.variables === session.id}
            onClick={() => endSession(session)}
          >
            {t('ui.account.sessions.end')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t('ui.account.sessions.intro')}</Typography.Paragraph>
      <Table<ActiveSession>
        rowKey="id"
        size="small"
        loading={sessions.isPending}
        dataSource={sessions.data?.items ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('ui.account.sessions.empty') }}
      />
    </>
  );
}
