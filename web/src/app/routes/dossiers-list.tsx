import { useCallback } from 'react';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { QueryError } from '../../components/ui/query-error.js';
import { useDossiers } from '../../features/dossiers/api/dossiers.js';
import { parseDossierListParams, toDossierSearchParams, type DossierListParams } from '../../features/dossiers/api/list-params.js';
import { DossiersFilters } from '../../features/dossiers/components/dossiers-filters.js';
import { DossiersTable } from '../../features/dossiers/components/dossiers-table.js';
import { useOrganisations } from '../../features/organisations/api/organisations.js';
import { useFormat } from '../../lib/format.js';

export default function DossiersListRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const params = parseDossierListParams(search);
  const organisations = useOrganisations();
  const dossiers = useDossiers(params);
  // Registering systems for a unit is the same role that prepares its dossiers; the server has the last word.
  const canCreate = organisations.data?.some((o) => o.abilities.createSystem) ?? false;

  const change = useCallback(
    (update: Partial<DossierListParams>) => setSearch((previous) => toDossierSearchParams({ ...parseDossierListParams(previous), ...update })),
    [setSearch],
  );
  const clear = () => setSearch(new URLSearchParams());
  const filtered = Boolean(params.q || params.status || params.regime || params.organisationId);
  const createButton = canCreate && (
    <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to="/dossiers/new">
      {t('ui.dossiers.create')}
    </ButtonLink>
  );
  const empty = (
    <Empty description={filtered ? t('ui.dossiers.emptyFiltered') : canCreate ? t('ui.dossiers.empty') : t('ui.dossiers.emptyReadOnly')}>
      {filtered ? <Button onClick={clear}>{t('ui.common.clearFilters')}</Button> : createButton}
    </Empty>
  );

  return (
    <>
      <PageHeader title={t('ui.dossiers.title')} breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.dossiers.title') }]} extra={createButton} />
      <Card>
        <DossiersFilters params={params} organisations={organisations.data ?? []} organisationsLoading={organisations.isPending} onChange={change} />
        {dossiers.isError ? (
          <QueryError error={dossiers.error} onRetry={() => void dossiers.refetch()} />
        ) : (
          <>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary" aria-live="polite">
                {dossiers.data ? t('ui.dossiers.total', { total: format.number(dossiers.data.total) }) : '\u00a0'}
              </Typography.Text>
              {filtered && (
                <Button size="small" icon={<ClearOutlined aria-hidden />} onClick={clear}>
                  {t('ui.common.clearFilters')}
                </Button>
              )}
            </Flex>
            <DossiersTable
              items={dossiers.data?.items ?? []}
              total={dossiers.data?.total ?? 0}
              page={params.page}
              pageSize={params.pageSize}
              loading={dossiers.isFetching}
              empty={empty}
              onPageChange={(page, pageSize) => change({ page: pageSize === params.pageSize ? page : 1, pageSize })}
            />
          </>
        )}
      </Card>
    </>
  );
}
