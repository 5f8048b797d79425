import { Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link.js';
import { ListEmpty, ListResults } from '../../components/ui/list-results.js';
import { PageHeader } from '../../components/ui/page-header.js';
import { DocumentExportButton } from '../../features/documents/index.js';
import {
  DossiersFilters,
  DossiersTable,
  parseDossierListParams,
  toDossierSearchParams,
  useDossiers,
} from '../../features/dossiers/index.js';
import { useOrganisations } from '../../features/organisations/index.js';
import { useFormat } from '../../lib/format.js';
import { pagingChange } from '../../lib/list-params.js';
import { useCursorPaging } from '../../lib/use-cursor-paging.js';
import { useUrlListParams } from '../../lib/use-url-list-params.js';
import { useCurrentOrganisation } from '../current-organisation.js';

export default function DossiersListRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, change, setSearch } = useUrlListParams(parseDossierListParams, toDossierSearchParams);
  const organisations = useOrganisations();
  const dossiers = useDossiers(params);
  const { page, pageSize, cursor, ...filters } = params;
  const cursorPaging = useCursorPaging({ page, pageSize, cursor }, filters, dossiers.data, change);
  const { current } = useCurrentOrganisation();
  // Registering systems for a unit is the same role that prepares its dossiers; the server has the last word.
  const canCreate = organisations.data?.some((o) => o.abilities.createSystem) ?? false;

  const clear = () => setSearch(new URLSearchParams());
  const filtered = Boolean(params.q || params.status || params.regime || params.organisationId || params.systemId);
  const createButton = canCreate && (
    <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to="/dossiers/new">
      {t('ui.dossiers.create')}
    </ButtonLink>
  );
  // Without an organisation filter, the export covers the person's own organisation.
  const exportButton = (
    <DocumentExportButton
      scope={{ filters: params, ownOrganisationId: current?.id }}
      organisationName={
        params.organisationId ? organisations.data?.find((o) => o.id === params.organisationId)?.name : current?.name
      }
      disabled={dossiers.data?.total === 0}
    />
  );
  const empty = (
    <ListEmpty
      description={
        filtered ? t('ui.dossiers.emptyFiltered') : canCreate ? t('ui.dossiers.empty') : t('ui.dossiers.emptyReadOnly')
      }
      filtered={filtered}
      onClearFilters={clear}
      action={createButton}
    />
  );

  return (
    <>
      <PageHeader
        title={t('ui.dossiers.title')}
        breadcrumbs={[{ title: t('ui.nav.home'), to: '/' }, { title: t('ui.dossiers.title') }]}
        extra={
          <>
            {exportButton}
            {createButton}
          </>
        }
      />
      <Card>
        <DossiersFilters
          params={params}
          organisations={organisations.data ?? []}
          organisationsLoading={organisations.isPending}
          onChange={change}
        />
        <ListResults
          query={dossiers}
          totalText={
            dossiers.data &&
            t(dossiers.data.totalIsExact ? 'ui.dossiers.total' : 'ui.dossiers.totalAtLeast', {
              total: format.number(dossiers.data.total),
            })
          }
          filtered={filtered}
          onClearFilters={clear}
        >
          <DossiersTable
            items={dossiers.data?.items ?? []}
            total={dossiers.data?.total ?? 0}
            page={params.page}
            pageSize={params.pageSize}
            loading={dossiers.isFetching}
            empty={empty}
            onPageChange={(page, pageSize) => change(pagingChange(page, pageSize, params.pageSize))}
            cursorPaging={cursorPaging}
          />
        </ListResults>
      </Card>
    </>
  );
}
