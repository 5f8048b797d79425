import { idSchema, isoDateSchema, textSchema } from '#shared/common/text.js';
import { readPaging, validParam, writePaging, type Paging } from '../../../lib/list-params.js';
import { isActionOf, isAuditEntity } from '../components/audit-kinds.js';

const entityIdSchema = textSchema(1, 100);

/** The audit log as its URL states it: a link shows the same events. */
export interface AuditListParams extends Paging {
  /** Only events by this person. */
  actorUserId?: string;
  /** An organisation's subtree; absent = every unit the person administers (the server's scope). */
  organisationId?: string;
  entityType?: string;
  /** One record, only with its entity type. */
  entityId?: string;
  /** An action of the entity type: the same name means different things for different entities. */
  action?: string;
  /** Days in Vietnam, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
}

/** Reads the URL; anything malformed (an unknown kind, an action without its entity) is ignored, never an error. */
export function parseAuditListParams(search: URLSearchParams): AuditListParams {
  const entityType = search.get('entityType') ?? '';
  const known = isAuditEntity(entityType);
  const action = search.get('action') ?? '';
  return {
    actorUserId: validParam<string>(idSchema, search.get('actorUserId')),
    organisationId: validParam<string>(idSchema, search.get('organisationId')),
    entityType: known ? entityType : undefined,
    entityId: known ? validParam<string>(entityIdSchema, search.get('entityId')) : undefined,
    action: known && isActionOf(entityType, action) ? action : undefined,
    from: validParam<string>(isoDateSchema, search.get('from')),
    to: validParam<string>(isoDateSchema, search.get('to')),
    ...readPaging(search),
  };
}

/** Writes the filters back to the URL, leaving out defaults. */
export function toAuditSearchParams(params: Partial<AuditListParams>): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['actorUserId', 'organisationId', 'entityType', 'entityId', 'action', 'from', 'to'] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  writePaging(search, params);
  return search;
}

/** Does the list show less than the whole trail the person may read? */
export const isFiltered = (params: AuditListParams) =>
  Boolean(
    params.actorUserId ||
    params.organisationId ||
    params.entityType ||
    params.entityId ||
    params.action ||
    params.from ||
    params.to,
  );
