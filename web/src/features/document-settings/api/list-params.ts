import { idSchema } from '#shared/common/text.js';
import { registerYearSchema } from '#shared/documents/document-registers.schemas.js';
import { readPaging, validParam, writePaging, type Paging } from '../../../lib/list-params.js';

/** The registers list as its URL states it: a link shows the same list. */
export interface RegisterListParams extends Paging {
  /** An organisation's subtree; none: every register the person can see. */
  organisationId?: string;
  year?: number;
}

/** Reads the URL; anything malformed is ignored rather than shown as an error. */
export function parseRegisterListParams(search: URLSearchParams): RegisterListParams {
  return {
    organisationId: validParam<string>(idSchema, search.get('organisationId')),
    year: validParam<number>(registerYearSchema, search.get('year')),
    ...readPaging(search),
  };
}

/** Writes the list state back to the URL, leaving out defaults. */
export function toRegisterSearchParams(params: Partial<RegisterListParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.organisationId) search.set('organisationId', params.organisationId);
  if (params.year !== undefined) search.set('year', String(params.year));
  writePaging(search, params);
  return search;
}
