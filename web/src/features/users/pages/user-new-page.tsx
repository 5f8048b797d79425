import { useState } from 'react';
import { Button, Card, Result, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button-link.js';
import { PageHeader } from '../../../components/ui/page-header.js';
import { PageLoading } from '../../../components/ui/page-loading.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { holdsAdminRole, useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { useCreateUser } from '../api/save-user.js';
import { administeredBy } from '../components/admin-scope.js';
import { IssuedLink, type IssuedLinkValue } from '../components/issued-link.js';
import { UserCreateForm } from '../components/user-create-form.js';

interface Created {
  id: string;
  username: string;
  link: IssuedLinkValue;
}

/** /users/new: the account, its first role, then its activation link, shown this once. */
export function UserNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const organisations = useOrganisations();
  const create = useCreateUser();
  const [created, setCreated] = useState<Created | null>(null);
  const user = session.data?.user;

  const header = (
    <PageHeader
      title={t('ui.users.newTitle')}
      breadcrumbs={[{ title: t('ui.users.title'), to: '/users' }, { title: t('ui.users.create') }]}
    />
  );
  if (organisations.isPending) return <PageLoading />;
  if (organisations.isError)
    return <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (!holdsAdminRole(user)) {
    return (
      <>
        {header}
        <Result
          status="403"
          title={t('ui.users.cannotCreate')}
          extra={<ButtonLink to="/users">{t('ui.common.back')}</ButtonLink>}
        />
      </>
    );
  }

  if (created) {
    return (
      <>
        {header}
        <Card>
          <IssuedLink title={t('ui.users.createdTitle', { username: created.username })} link={created.link} />
          <Space wrap>
            <ButtonLink type="primary" to={`/users/${created.id}`}>
              {t('ui.users.openPerson')}
            </ButtonLink>
            <Button onClick={() => setCreated(null)}>{t('ui.users.createAnother')}</Button>
          </Space>
        </Card>
      </>
    );
  }

  const selectable = administeredBy(user);
  const adminAt = user?.memberships.filter((m) => m.role === 'admin') ?? [];
  return (
    <>
      {header}
      <UserCreateForm
        organisations={organisations.data}
        selectable={selectable}
        defaultOrganisationId={adminAt.length === 1 ? adminAt[0]!.organisationId : undefined}
        onCancel={() => void navigate('/users')}
        onSubmit={async (body) => {
          const answer = await create.mutateAsync(body);
          setCreated({
            id: answer.user.id,
            username: answer.user.username,
            link: { url: answer.activationUrl, expiresAt: answer.expiresAt },
          });
        }}
      />
    </>
  );
}
