import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { FilterField, FiltersBar, OrganisationFilter, SelectFilter } from '../../../components/ui/list-filters.js';
import { SearchFilter } from '../../../components/ui/search-filter.js';
import { useFormat } from '../../../lib/format.js';
import type { AuditListParams } from '../api/list-params.js';
import { actionsOf, auditEntities } from './audit-kinds.js';
import { actionLabel, entityLabel } from './audit-labels.js';
import { DayFilter } from './day-filter.js';
import { PersonFilter, type Person } from './person-filter.js';

interface AuditFiltersProps {
  params: AuditListParams;
  organisations: readonly Organisation[];
  organisationsLoading: boolean;
  /** The authors of the events on the page: the person filter names the one picked from them. */
  people: readonly Person[];
  /** The page of events has loaded: a person picked but not among its authors is looked up. */
  peopleReady: boolean;
  onChange: (change: Partial<AuditListParams>) => void;
}

/** An action names its entity too ("dossier.approve"): "update" is a different thing for a unit and for a person. */
const actionValue = (entityType: string, action: string) => `${entityType}.${action}`;

/**
 * Person, unit, kind of record (and one record by its id), action and the days; every change lands in the URL and
 * goes back to the first page. Picking an action picks its kind of record too; changing the kind drops the action
 * and the record, which belonged to the old one.
 */
export function AuditFilters({
  params,
  organisations,
  organisationsLoading,
  people,
  peopleReady,
  onChange,
}: AuditFiltersProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const any = t('ui.audit.filters.any');
  const entities = params.entityType ? auditEntities.filter((entity) => entity === params.entityType) : auditEntities;
  const actionOptions = entities.map((entity) => ({
    label: entityLabel(locale, entity),
    title: entityLabel(locale, entity),
    options: actionsOf(entity).map((action) => ({
      value: actionValue(entity, action),
      label: actionLabel(locale, entity, action),
    })),
  }));
  const pickAction = (value: string | undefined) => {
    if (!value) return onChange({ action: undefined, page: 1 });
    const [entityType = '', action] = value.split('.');
    onChange({
      entityType,
      action,
      entityId: entityType === params.entityType ? params.entityId : undefined,
      page: 1,
    });
  };
  return (
    <FiltersBar label={t('ui.audit.filters.label')}>
      <PersonFilter
        id="audit-person"
        label={t('ui.audit.filters.person')}
        span={{ xs: 24, md: 12, xl: 6 }}
        placeholder={t('ui.audit.filters.anyPerson')}
        value={params.actorUserId}
        known={people}
        knownReady={peopleReady}
        onChange={(actorUserId) => onChange({ actorUserId, page: 1 })}
      />
      <OrganisationFilter
        id="audit-organisation"
        label={t('ui.audit.filters.organisation')}
        span={{ xs: 24, md: 12, xl: 6 }}
        placeholder={t('ui.audit.filters.allOrganisations')}
        organisations={organisations}
        loading={organisationsLoading}
        value={params.organisationId}
        onChange={(organisationId) => onChange({ organisationId, page: 1 })}
      />
      {(['from', 'to'] as const).map((end) => (
        <DayFilter
          key={end}
          id={`audit-${end}`}
          label={t(`ui.audit.filters.${end}`)}
          span={{ xs: 12, md: 6, xl: 3 }}
          placeholder={t('ui.audit.filters.datePlaceholder')}
          end={end}
          range={params}
          onChange={(day) => onChange({ [end]: day, page: 1 })}
        />
      ))}
      <SelectFilter
        id="audit-entity-type"
        label={t('ui.audit.filters.entityType')}
        span={{ xs: 24, md: 8, xl: 6 }}
        placeholder={any}
        value={params.entityType}
        onChange={(entityType) => onChange({ entityType, entityId: undefined, action: undefined, page: 1 })}
        options={auditEntities.map((entity) => ({ value: entity, label: entityLabel(locale, entity) }))}
      />
      <FilterField id="audit-action" label={t('ui.audit.filters.action')} span={{ xs: 24, md: 8, xl: 6 }}>
        <Select<string>
          id="audit-action"
          allowClear
          placeholder={any}
          value={params.entityType && params.action ? actionValue(params.entityType, params.action) : undefined}
          onChange={pickAction}
          options={actionOptions}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
        />
      </FilterField>
      {params.entityType && (
        <SearchFilter
          id="audit-entity-id"
          label={t('ui.audit.filters.entityId')}
          span={{ xs: 24, md: 8, xl: 6 }}
          placeholder={t('ui.audit.filters.entityIdPlaceholder')}
          value={params.entityId}
          onSearch={(entityId) => onChange({ entityId, page: 1 })}
        />
      )}
    </FiltersBar>
  );
}
