import { Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '#shared/users/users.schemas.js';
import { ListTable, type ListTableData } from '../../../components/ui/list-table.js';
import { UserStateTag } from './user-state-tag.js';

/** "Quản trị viên - UBND xã Định Bình", one line per role. */
function Memberships({ user }: { user: UserAccount }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={0}>
      {user.memberships.map((m) => (
        <span key={m.id}>
          {t('ui.users.membership', { role: t(`domain.role.${m.role}`), organisation: m.organisationName })}
        </span>
      ))}
    </Space>
  );
}

export function UsersTable(props: ListTableData<UserAccount>) {
  const { t } = useTranslation();
  const userLink = (user: UserAccount) => <Link to={`/users/${user.id}`}>{user.username}</Link>;
  // On a phone one column says it all.
  const phoneColumns: TableColumnsType<UserAccount> = [
    {
      key: 'username',
      title: t('ui.users.columns.username'),
      render: (_, user) => (
        <Space orientation="vertical" size={4}>
          {userLink(user)}
          <Typography.Text>{user.fullName}</Typography.Text>
          <Memberships user={user} />
          <UserStateTag user={user} />
        </Space>
      ),
    },
  ];
  const columns: TableColumnsType<UserAccount> = [
    { key: 'username', title: t('ui.users.columns.username'), render: (_, user) => userLink(user), width: 180 },
    { key: 'fullName', title: t('ui.users.columns.fullName'), dataIndex: 'fullName', width: 200 },
    { key: 'title', title: t('ui.users.columns.title'), dataIndex: 'title', width: 160, responsive: ['lg'] },
    {
      key: 'memberships',
      title: t('ui.users.columns.memberships'),
      render: (_, user) => <Memberships user={user} />,
      minWidth: 260,
    },
    {
      key: 'state',
      title: t('ui.users.columns.state'),
      render: (_, user) => <UserStateTag user={user} />,
      width: 150,
    },
  ];
  return (
    <ListTable<UserAccount>
      {...props}
      columns={columns}
      phoneColumns={phoneColumns}
      scrollX={900}
      rowAttributes={(user) => ({ 'data-testid': 'user-row', 'data-user-id': user.id })}
    />
  );
}
