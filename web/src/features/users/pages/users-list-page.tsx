import { Card } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button-link.js';
import { ListEmpty, ListResults } from '../../../components/ui/list-results.js';
import { PageHeader } from '../../../components/ui/page-header.js';
import { useFormat } from '../../../lib/format.js';
import { pagingChange } from '../../../lib/list-params.js';
import { useUrlListParams } from '../../../lib/use-url-list-params.js';
import { useOrganisations } from '../../organisations/index.js';
import { parseUserListParams, toUserSearchParams } from '../api/list-params.js';
import { useUsers } from '../api/users.js';
import { UsersFilters } from '../components/users-filters.js';
import { UsersTable } from '../components/users-table.js';

/** /users: the people the caller administers (the server's scope), searched and filtered from the URL. */
export function UsersListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, change, setSearch } = useUrlListParams(parseUserListParams, toUserSearchParams);
  const organisations = useOrganisations();
  const users = useUsers(params);
  const filtered = Boolean(params.q || params.organisationId || params.role || params.state);
  const clear = () => setSearch(new URLSearchParams());
  const createButton = (
    <ButtonLink type="primary" icon={<UserAddOutlined aria-hidden />} to="/users/new">
      {t('ui.users.create')}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title={t('ui.users.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.users.title') }]}
        extra={createButton}
      />
      <Card>
        <UsersFilters
          params={params}
          organisations={organisations.data ?? []}
          organisationsLoading={organisations.isPending}
          onChange={change}
        />
        <ListResults
          query={users}
          totalText={users.data && t('ui.users.total', { total: format.number(users.data.total) })}
          filtered={filtered}
          onClearFilters={clear}
        >
          <UsersTable
            items={users.data?.items ?? []}
            total={users.data?.total ?? 0}
            page={params.page}
            pageSize={params.pageSize}
            loading={users.isFetching}
            empty={
              <ListEmpty
                description={filtered ? t('ui.users.emptyFiltered') : t('ui.users.empty')}
                filtered={filtered}
                onClearFilters={clear}
                action={createButton}
              />
            }
            onPageChange={(page, pageSize) => change(pagingChange(page, pageSize, params.pageSize))}
          />
        </ListResults>
      </Card>
    </>
  );
}
