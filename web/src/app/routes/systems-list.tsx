import { useEffect } from 'react';
import { Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { ListEmpty, ListResults } from '../../components/ui/list-results.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { useOrganisations } from '../../features/organisations/index.js';
import {
  ALL_ORGANISATIONS,
  parseListParams,
  SystemsFilters,
  SystemsTable,
  toSearchParams,
  useSystems,
} from '../../features/systems/index.js';
import { useFormat } from '../../lib/format.js';
import { pagingChange } from '../../lib/list-params.js';
import { useCursorPaging } from '../../lib/use-cursor-paging.js';
import { useUrlListParams } from '../../lib/use-url-list-params.js';
import { useCurrentOrganisation } from '../current-organisation.js';

export default function SystemsListRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { defaultScope } = useCurrentOrganisation();
  const { params, change, setSearch } = useUrlListParams(parseListParams, toSearchParams);
  const waitingForDefault = params.organisationParam === null && Boolean(defaultScope);

  // Without an organisation in the URL the default scope is the filter, written into the URL so
  // that a copied link shows the same list.
  useEffect(() => {
    if (waitingForDefault && defaultScope)
      setSearch(toSearchParams({ ...params, organisationParam: defaultScope.id }), { replace: true });
  }, [waitingForDefault, defaultScope, params, setSearch]);

  const organisations = useOrganisations();
  const systems = useSystems(params, { enabled: !waitingForDefault });
  const { page, pageSize, cursor, ...filters } = params;
  const cursorPaging = useCursorPaging({ page, pageSize, cursor }, filters, systems.data, change);
  const canCreate = organisations.data?.some((o) => o.abilities.createSystem) ?? false;

  const clear = () => setSearch(toSearchParams({ organisationParam: ALL_ORGANISATIONS }));

  const filtered =
    Boolean(params.q || params.systemType || params.status || params.level) ||
    (params.organisationId !== undefined && params.organisationId !== defaultScope?.id);
  const registerButton = canCreate && (
    <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to="/systems/new">
      {t('ui.systems.register')}
    </ButtonLink>
  );
  const empty = (
    <ListEmpty
      description={
        filtered ? t('ui.systems.emptyFiltered') : canCreate ? t('ui.systems.empty') : t('ui.systems.emptyReadOnly')
      }
      filtered={filtered}
      onClearFilters={clear}
      action={registerButton}
    />
  );

  return (
    <>
      <PageHeader
        title={t('ui.systems.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.systems.title') }]}
        extra={registerButton}
      />
      <Card>
        <SystemsFilters
          params={params}
          organisationValue={params.organisationParam ?? defaultScope?.id}
          organisations={organisations.data ?? []}
          organisationsLoading={organisations.isPending}
          onChange={change}
        />
        <ListResults
          query={systems}
          totalText={
            systems.data &&
            t(systems.data.totalIsExact ? 'ui.systems.total' : 'ui.systems.totalAtLeast', {
              total: format.number(systems.data.total),
            })
          }
          filtered={filtered}
          onClearFilters={clear}
        >
          <SystemsTable
            items={systems.data?.items ?? []}
            total={systems.data?.total ?? 0}
            page={params.page}
            pageSize={params.pageSize}
            loading={systems.isFetching || waitingForDefault}
            empty={empty}
            onPageChange={(page, pageSize) => change(pagingChange(page, pageSize, params.pageSize))}
            cursorPaging={cursorPaging}
          />
        </ListResults>
      </Card>
    </>
  );
}
