import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { FiltersBar, OrganisationFilter, SelectFilter } from '../../../components/ui/list-filters.js';
import { ListEmpty, ListResults } from '../../../components/ui/list-results.js';
import { useFormat } from '../../../lib/format.js';
import { pagingChange } from '../../../lib/list-params.js';
import { useUrlListParams } from '../../../lib/use-url-list-params.js';
import { useOrganisations } from '../../organisations/index.js';
import { useDocumentRegisters } from '../api/document-registers.js';
import { parseRegisterListParams, toRegisterSearchParams } from '../api/list-params.js';
import { DocumentRegistersTable, registerRowsOf } from './document-registers-table.js';

/** The first year the filter offers: Decree 85 took effect in 2016 (docs/domain.md). */
const FIRST_YEAR = 2016;

/** The years to pick from, newest first, and the one in the URL even when older. */
function yearOptions(chosen: number | undefined) {
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  if (chosen !== undefined && !years.includes(chosen)) years.push(chosen);
  return years.map((year) => ({ value: String(year), label: String(year) }));
}

/**
 * "Sổ đăng ký văn bản": every register the person can see (one per issuing organisation, year and type), narrowed
 * to an organisation's subtree and a year; filters and page live in the URL.
 */
export function DocumentRegistersScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, change, setSearch } = useUrlListParams(parseRegisterListParams, toRegisterSearchParams);
  const organisations = useOrganisations();
  const registers = useDocumentRegisters(params);
  const filtered = params.organisationId !== undefined || params.year !== undefined;
  const clear = () => setSearch(toRegisterSearchParams({}));

  return (
    <Card>
      <FiltersBar label={t('ui.documentRegisters.filters')}>
        <OrganisationFilter
          id="registers-organisation"
          label={t('ui.documentRegisters.organisation')}
          span={{ xs: 24, md: 14, xl: 10 }}
          placeholder={t('ui.documentRegisters.allOrganisations')}
          organisations={organisations.data ?? []}
          loading={organisations.isPending}
          value={params.organisationId}
          onChange={(organisationId) => change({ organisationId, page: 1 })}
        />
        <SelectFilter<string>
          id="registers-year"
          label={t('ui.documentRegisters.year')}
          span={{ xs: 24, sm: 10, md: 6, xl: 4 }}
          placeholder={t('ui.documentRegisters.allYears')}
          value={params.year === undefined ? undefined : String(params.year)}
          onChange={(year) => change({ year: year === undefined ? undefined : Number(year), page: 1 })}
          options={yearOptions(params.year)}
        />
      </FiltersBar>
      <ListResults
        query={registers}
        totalText={registers.data && t('ui.documentRegisters.total', { total: format.number(registers.data.total) })}
        filtered={filtered}
        onClearFilters={clear}
      >
        <DocumentRegistersTable
          items={registerRowsOf(registers.data?.items ?? [])}
          total={registers.data?.total ?? 0}
          page={params.page}
          pageSize={params.pageSize}
          loading={registers.isFetching}
          empty={
            <ListEmpty
              description={filtered ? t('ui.documentRegisters.emptyFiltered') : t('ui.documentRegisters.empty')}
              filtered={filtered}
              onClearFilters={clear}
              action={null}
            />
          }
          onPageChange={(page, pageSize) => change(pagingChange(page, pageSize, params.pageSize))}
        />
      </ListResults>
    </Card>
  );
}
