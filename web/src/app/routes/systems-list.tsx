import { useCallback, useEffect } from 'react';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useOrganisations } from '../../features/organisations/api/organisations.js';
import { parseListParams, toSearchParams, type SystemListParams } from '../../features/systems/api/list-params.js';
import { useSystems } from '../../features/systems/api/systems.js';
import { ALL_ORGANISATIONS, SystemsFilters } from '../../features/systems/components/systems-filters.js';
import { SystemsTable } from '../../features/systems/components/systems-table.js';
import { useFormat } from '../../lib/format.js';
import { useCurrentOrganisation } from '../current-organisation.js';

export default function SystemsListRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const { defaultScope } = useCurrentOrganisation();
  const params = parseListParams(search);
  const waitingForDefault = params.organisationParam === null && Boolean(defaultScope);

  // Without an organisation in the URL the default scope is the filter, written into the URL so
  // that a copied link shows the same list.
  useEffect(() => {
    if (waitingForDefault && defaultScope) setSearch(toSearchParams({ ...params, organisationParam: defaultScope.id }), { replace: true });
  }, [waitingForDefault, defaultScope, params, setSearch]);

  const organisations = useOrganisations();
  const systems = useSystems(params, { enabled: !waitingForDefault });
  const canCreate = organisations.data?.some((o) => o.abilities.createSystem) ?? false;

  const change = useCallback(
    (update: Partial<SystemListParams> & { organisationParam?: string }) => {
      setSearch((previous) => {
        const before = parseListParams(previous);
        return toSearchParams({ ...before, ...update });
      });
    },
    [setSearch],
  );
  const clear = () => setSearch(toSearchParams({ organisationParam: ALL_ORGANISATIONS }));

  const filtered = Boolean(params.q || params.systemType || params.status || params.level) ||
    (params.organisationId !== undefined && params.organisationId !== defaultScope?.id);
  const empty = (
    <Empty description={filtered ? t('ui.systems.emptyFiltered') : canCreate ? t('ui.systems.empty') : t('ui.systems.emptyReadOnly')}>
      {filtered ? (
        <Button onClick={clear}>{t('ui.common.clearFilters')}</Button>
      ) : (
        canCreate && (
          <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to="/systems/new">
            {t('ui.systems.register')}
          </ButtonLink>
        )
      )}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('ui.systems.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.systems.title') }]}
        extra={
          canCreate && (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to="/systems/new">
              {t('ui.systems.register')}
            </ButtonLink>
          )
        }
      />
      <Card>
        <SystemsFilters
          params={params}
          organisationValue={params.organisationParam ?? defaultScope?.id}
          organisations={organisations.data ?? []}
          organisationsLoading={organisations.isPending}
          onChange={change}
        />
        {systems.isError ? (
          <QueryError error={systems.error} onRetry={() => void systems.refetch()} />
        ) : (
          <>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary" aria-live="polite">
                {systems.data ? t('ui.systems.total', { total: format.number(systems.data.total) }) : '\u00a0'}
              </Typography.Text>
              {filtered && (
                <Button size="small" icon={<ClearOutlined aria-hidden />} onClick={clear}>
                  {t('ui.common.clearFilters')}
                </Button>
              )}
            </Flex>
            <SystemsTable
              items={systems.data?.items ?? []}
              total={systems.data?.total ?? 0}
              page={params.page}
              pageSize={params.pageSize}
              loading={systems.isFetching || waitingForDefault}
              empty={empty}
              onPageChange={(page, pageSize) => change({ page: pageSize === params.pageSize ? page : 1, pageSize })}
            />
          </>
        )}
      </Card>
    </>
  );
}
