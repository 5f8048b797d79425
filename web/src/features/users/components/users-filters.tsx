import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { roleSchema } from '#shared/users/users.schemas.js';
import { FiltersBar, OrganisationFilter, SelectFilter } from '../../../components/ui/list-filters.js';
import { SearchFilter } from '../../../components/ui/search-filter.js';
import { userStates, type UserListParams } from '../api/list-params.js';

interface UsersFiltersProps {
  params: UserListParams;
  organisations: readonly Organisation[];
  organisationsLoading: boolean;
  onChange: (change: Partial<UserListParams>) => void;
}

/** Search, organisation, role and state; every change lands in the URL and goes back to the first page. */
export function UsersFilters({ params, organisations, organisationsLoading, onChange }: UsersFiltersProps) {
  const { t } = useTranslation();
  const any = t('ui.users.filters.any');
  return (
    <FiltersBar label={t('ui.users.filters.label')}>
      <SearchFilter
        id="users-q"
        label={t('ui.users.filters.q')}
        span={{ xs: 24, md: 12, xl: 8 }}
        placeholder={t('ui.users.filters.qPlaceholder')}
        value={params.q}
        onSearch={(q) => onChange({ q, page: 1 })}
      />
      <OrganisationFilter
        id="users-organisation"
        label={t('ui.users.filters.organisation')}
        span={{ xs: 24, md: 12, xl: 8 }}
        placeholder={t('ui.users.filters.allOrganisations')}
        organisations={organisations}
        loading={organisationsLoading}
        value={params.organisationId}
        onChange={(organisationId) => onChange({ organisationId, page: 1 })}
      />
      <SelectFilter
        id="users-role"
        label={t('ui.users.filters.role')}
        span={{ xs: 12, sm: 8, xl: 4 }}
        placeholder={any}
        value={params.role}
        onChange={(role) => onChange({ role, page: 1 })}
        options={roleSchema.options.map((value) => ({ value, label: t(`domain.role.${value}`) }))}
      />
      <SelectFilter
        id="users-state"
        label={t('ui.users.filters.state')}
        span={{ xs: 12, sm: 8, xl: 4 }}
        placeholder={any}
        value={params.state}
        onChange={(state) => onChange({ state, page: 1 })}
        options={userStates.map((value) => ({ value, label: t(`ui.users.state.${value}`) }))}
      />
    </FiltersBar>
  );
}
