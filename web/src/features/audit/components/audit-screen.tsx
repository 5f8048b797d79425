import { useCallback, useMemo } from 'react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListEmpty, ListResults } from '../../../components/ui/list-results.js';
import { useFormat } from '../../../lib/format.js';
import { pagingChange } from '../../../lib/list-params.js';
import { useUrlListParams } from '../../../lib/use-url-list-params.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { useAuditEvents } from '../api/audit-events.js';
import { isFiltered, parseAuditListParams, toAuditSearchParams } from '../api/list-params.js';
import { AuditChainCard } from './audit-chain-card.js';
import { AuditFilters } from './audit-filters.js';
import { AuditTable } from './audit-table.js';
import type { Person } from './person-filter.js';

/**
 * The audit log: the chain's state, then the events the person may read (the server's scope: the units they
 * administer), filtered from the URL so that a link shows the same list, each opening onto its before and after.
 */
export function AuditScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, change, setSearch } = useUrlListParams(parseAuditListParams, toAuditSearchParams);
  const session = useSession();
  const organisations = useOrganisations();
  const events = useAuditEvents(params);
  const filtered = isFiltered(params);
  const clear = () => setSearch(new URLSearchParams());

  const names = useMemo(() => new Map((organisations.data ?? []).map((o) => [o.id, o.name])), [organisations.data]);
  const organisationName = useCallback((id: string) => names.get(id), [names]);
  // Recomputing the whole chain is for the administrators of a top-level organisation (the server checks).
  const adminAt = new Set(
    session.data?.user.memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId),
  );
  const canVerify = (organisations.data ?? []).some((o) => o.parentId === null && adminAt.has(o.id));
  const people = useMemo(() => {
    const byId = new Map<string, Person>();
    for (const event of events.data?.items ?? []) if (event.actor) byId.set(event.actor.id, event.actor);
    return [...byId.values()];
  }, [events.data]);

  return (
    <>
      <AuditChainCard canVerify={canVerify} />
      <Card>
        <AuditFilters
          params={params}
          organisations={organisations.data ?? []}
          organisationsLoading={organisations.isPending}
          people={people}
          peopleReady={events.isSuccess && !events.isPlaceholderData}
          onChange={change}
        />
        <ListResults
          query={events}
          totalText={events.data && t('ui.audit.total', { total: format.number(events.data.total) })}
          filtered={filtered}
          onClearFilters={clear}
        >
          <AuditTable
            items={events.data?.items ?? []}
            total={events.data?.total ?? 0}
            page={params.page}
            pageSize={params.pageSize}
            loading={events.isFetching}
            context={{ locale: format.locale, organisationName }}
            empty={
              <ListEmpty
                description={filtered ? t('ui.audit.emptyFiltered') : t('ui.audit.empty')}
                filtered={filtered}
                onClearFilters={clear}
                action={null}
              />
            }
            onPageChange={(page, pageSize) => change(pagingChange(page, pageSize, params.pageSize))}
            onFilterActor={(actorUserId) => change({ actorUserId, page: 1 })}
            onFilterEntity={(entityType, entityId) => change({ entityType, entityId, action: undefined, page: 1 })}
          />
        </ListResults>
      </Card>
    </>
  );
}
