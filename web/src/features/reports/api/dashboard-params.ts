import { idSchema, isoDateSchema } from '#shared/common/text.js';
import { validParam } from '../../../lib/list-params.js';

/** The dashboard as its URL states it: whose subtree, as of which day (a link shows the same numbers). */
export interface DashboardParams {
  /** Default: the organisation the person works in. */
  organisationId?: string;
  /** Default: today. */
  asOf?: string;
}

/** Reads the URL; anything malformed is ignored rather than shown as an error. */
export function parseDashboardParams(search: URLSearchParams): DashboardParams {
  return {
    organisationId: validParam<string>(idSchema, search.get('organisationId')),
    asOf: validParam<string>(isoDateSchema, search.get('asOf')),
  };
}

/** Writes the parameters back, leaving out defaults so links stay short. */
export function toDashboardSearch(params: DashboardParams): string {
  const search = new URLSearchParams();
  if (params.organisationId) search.set('organisationId', params.organisationId);
  if (params.asOf) search.set('asOf', params.asOf);
  const text = search.toString();
  return text ? `?${text}` : '';
}
