import { idSchema } from '#shared/common/text.js';
import {
  systemListQuerySchema,
  systemStatusSchema,
  systemTypeSchema,
  type SystemStatus,
  type SystemType,
} from '#shared/systems/systems.schemas.js';
import { readPaging, readSearchText, validParam, writePaging, type Paging } from '../../../lib/list-params.js';

export const levelFilters = ['1', '2', '3', '4', '5', 'none'] as const;
export type LevelFilter = (typeof levelFilters)[number];
const levelSchema = systemListQuerySchema.shape.level.unwrap();

/** The systems list as its URL states it: a link shows the same list. */
export interface SystemListParams extends Paging {
  q?: string;
  /** An organisation's subtree; "all" = every visible organisation. */
  organisationId?: string;
  systemType?: SystemType;
  status?: SystemStatus;
  level?: LevelFilter;
}

/** Reads the URL; anything malformed is ignored rather than shown as an error. */
export function parseListParams(search: URLSearchParams): SystemListParams & { organisationParam: string | null } {
  const organisationId = validParam<string>(idSchema, search.get('organisationId'));
  // "all" (the filter cleared on purpose) or an id; anything else counts as absent, so the
  // list falls back to the person's own organisation instead of showing the raw value.
  const organisationParam = organisationId ?? (search.get('organisationId') === 'all' ? 'all' : null);
  return {
    q: readSearchText(search),
    organisationId,
    organisationParam,
    systemType: validParam<SystemType>(systemTypeSchema, search.get('systemType')),
    status: validParam<SystemStatus>(systemStatusSchema, search.get('status')),
    level: validParam<LevelFilter>(levelSchema, search.get('level')),
    ...readPaging(search),
  };
}

/** Writes the list state back to the URL, leaving out defaults. */
export function toSearchParams(
  params: Partial<SystemListParams> & { organisationParam?: string | null },
): URLSearchParams {
  const search = new URLSearchParams();
  const organisation = params.organisationParam ?? params.organisationId;
  if (params.q) search.set('q', params.q);
  if (organisation) search.set('organisationId', organisation);
  if (params.systemType) search.set('systemType', params.systemType);
  if (params.status) search.set('status', params.status);
  if (params.level) search.set('level', params.level);
  writePaging(search, params);
  return search;
}
