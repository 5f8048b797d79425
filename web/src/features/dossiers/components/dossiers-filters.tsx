import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { dossierStatuses } from '#shared/dossiers/dossier-workflow.js';
import { regimeIds } from '#shared/regimes/regime.schemas.js';
import { FiltersBar, OrganisationFilter, SelectFilter } from '../../../components/ui/list-filters.js';
import { SearchFilter } from '../../../components/ui/search-filter.js';
import type { DossierListParams } from '../api/list-params.js';

interface DossiersFiltersProps {
  params: DossierListParams;
  organisations: readonly Organisation[];
  organisationsLoading: boolean;
  onChange: (change: Partial<DossierListParams>) => void;
}

/** Search, organisation, status and regime; every change lands in the URL. */
export function DossiersFilters({ params, organisations, organisationsLoading, onChange }: DossiersFiltersProps) {
  const { t } = useTranslation();
  const any = t('ui.systems.filters.any');
  const wide = { xs: 24, md: 12, xl: 8 };
  const narrow = { xs: 12, xl: 4 };
  return (
    <FiltersBar label={t('ui.dossiers.filters.label')}>
      <SearchFilter
        id="dossiers-q"
        label={t('ui.dossiers.filters.q')}
        span={wide}
        placeholder={t('ui.systems.filters.qPlaceholder')}
        value={params.q}
        onSearch={(q) => onChange({ q, page: 1 })}
      />
      <OrganisationFilter
        id="dossiers-organisation"
        label={t('ui.dossiers.filters.organisation')}
        span={wide}
        placeholder={t('ui.systems.filters.allOrganisations')}
        organisations={organisations}
        loading={organisationsLoading}
        value={params.organisationId}
        onChange={(organisationId) => onChange({ organisationId, page: 1 })}
      />
      <SelectFilter
        id="dossiers-status"
        label={t('ui.dossiers.filters.status')}
        span={narrow}
        placeholder={any}
        value={params.status}
        onChange={(status) => onChange({ status, page: 1 })}
        options={dossierStatuses.map((value) => ({ value, label: t(`ui.dossier.status.${value}`) }))}
      />
      <SelectFilter
        id="dossiers-regime"
        label={t('ui.dossiers.filters.regime')}
        span={narrow}
        placeholder={any}
        value={params.regime}
        onChange={(regime) => onChange({ regime, page: 1 })}
        options={regimeIds.map((value) => ({ value, label: t(`ui.dossier.regimeShort.${value}`) }))}
      />
    </FiltersBar>
  );
}
