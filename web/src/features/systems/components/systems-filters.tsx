import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { systemStatuses, systemTypes } from '#shared/systems/systems.schemas.js';
import { FiltersBar, OrganisationFilter, SelectFilter } from '../../../components/ui/list-filters.js';
import { SearchFilter } from '../../../components/ui/search-filter.js';
import { levelFilters, type SystemListParams } from '../api/list-params.js';

export const ALL_ORGANISATIONS = 'all';

interface SystemsFiltersProps {
  params: SystemListParams;
  /** The organisation filter as the URL has it ("all" when cleared). */
  organisationValue: string | undefined;
  organisations: readonly Organisation[];
  organisationsLoading: boolean;
  onChange: (change: Partial<SystemListParams> & { organisationParam?: string }) => void;
}

/** Search, organisation, type, status and level; every change lands in the URL. */
export function SystemsFilters({
  params,
  organisationValue,
  organisations,
  organisationsLoading,
  onChange,
}: SystemsFiltersProps) {
  const { t } = useTranslation();
  const any = t('ui.systems.filters.any');
  const wide = { xs: 24, md: 12, xl: 7 };
  const narrow = { xs: 12, sm: 8, xl: 3 };
  return (
    <FiltersBar label={t('ui.systems.filters.label')}>
      <SearchFilter
        id="systems-q"
        label={t('ui.systems.filters.q')}
        span={wide}
        placeholder={t('ui.systems.filters.qPlaceholder')}
        value={params.q}
        onSearch={(q) => onChange({ q, page: 1 })}
      />
      <OrganisationFilter
        id="systems-organisation"
        label={t('ui.systems.filters.organisation')}
        span={wide}
        placeholder={t('ui.systems.filters.allOrganisations')}
        organisations={organisations}
        loading={organisationsLoading}
        value={organisationValue === ALL_ORGANISATIONS ? undefined : organisationValue}
        onChange={(id) => onChange({ organisationParam: id ?? ALL_ORGANISATIONS, page: 1 })}
      />
      <SelectFilter
        id="systems-type"
        label={t('ui.systems.filters.systemType')}
        span={{ xs: 24, sm: 8, xl: 4 }}
        placeholder={any}
        value={params.systemType}
        onChange={(systemType) => onChange({ systemType, page: 1 })}
        options={systemTypes.map((value) => ({ value, label: t(`domain.systemType.${value}`) }))}
      />
      <SelectFilter
        id="systems-status"
        label={t('ui.systems.filters.status')}
        span={narrow}
        placeholder={any}
        value={params.status}
        onChange={(status) => onChange({ status, page: 1 })}
        options={systemStatuses.map((value) => ({ value, label: t(`domain.systemStatus.${value}`) }))}
      />
      <SelectFilter
        id="systems-level"
        label={t('ui.systems.filters.level')}
        span={narrow}
        placeholder={any}
        value={params.level}
        onChange={(level) => onChange({ level, page: 1 })}
        options={levelFilters.map((value) => ({
          value,
          label: value === 'none' ? t('ui.systems.levelNone') : t('domain.level', { level: value }),
        }))}
      />
    </FiltersBar>
  );
}
