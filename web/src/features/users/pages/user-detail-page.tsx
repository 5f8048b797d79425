import { App, Card, Col, Descriptions, Row, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header.js';
import { PageLoading } from '../../../components/ui/page-loading.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useFormat } from '../../../lib/format.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { useUpdateUser } from '../api/save-user.js';
import { fetchUser, userKeys, useUser } from '../api/users.js';
import { AccountStateButton } from '../components/account-state-button.js';
import { administeredBy } from '../components/admin-scope.js';
import { MembershipsCard } from '../components/memberships-card.js';
import { PasswordLinksCard } from '../components/password-links-card.js';
import { UserEditForm } from '../components/user-edit-form.js';
import { UserStateTag } from '../components/user-state-tag.js';

/** /users/:id: the account (edit, lock, unlock), its roles, and its password links, each per the abilities. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const user = useUser(id);
  const session = useSession();
  const organisations = useOrganisations();
  const update = useUpdateUser(id);

  if (user.isPending) return <PageLoading />;
  if (user.isError) return <QueryError page error={user.error} onRetry={() => void user.refetch()} />;
  const data = user.data;

  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {data.fullName}
            <UserStateTag user={data} />
          </Space>
        }
        documentTitle={data.fullName}
        breadcrumbs={[
          { title: t('ui.nav.home'), to: '/' },
          { title: t('ui.users.title'), to: '/users' },
          { title: data.username },
        ]}
        extra={<AccountStateButton user={data} />}
      />
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title={t('ui.users.sections.account')} size="small" style={{ marginBottom: 16 }}>
            {data.abilities.update ? (
              <UserEditForm
                key={data.id}
                user={data}
                fetchLatest={() =>
                  queryClient.fetchQuery({ queryKey: userKeys.one(id), queryFn: () => fetchUser(id), staleTime: 0 })
                }
                onSubmit={async (body) => {
                  const saved = await update.mutateAsync(body);
                  void message.success(t('ui.users.saved'));
                  return saved;
                }}
              />
            ) : (
              <Descriptions
                column={1}
                size="small"
                items={(['username', 'fullName', 'title', 'email', 'phone'] as const).map((key) => ({
                  key,
                  label: t(`ui.users.fields.${key}`),
                  children: data[key] || t('ui.common.notProvided'),
                }))}
              />
            )}
            <Descriptions
              size="small"
              items={[
                { key: 'createdAt', label: t('ui.users.fields.createdAt'), children: format.date(data.createdAt) },
              ]}
            />
          </Card>
          <MembershipsCard
            user={data}
            organisations={organisations.data ?? []}
            selectable={administeredBy(session.data?.user)}
          />
        </Col>
        <Col xs={24} xl={10}>
          <PasswordLinksCard user={data} />
        </Col>
      </Row>
    </>
  );
}
