import { idSchema } from '#shared/common/text.js';
import { dossierStatusSchema } from '#shared/dossiers/dossiers.schemas.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import { regimeIdSchema, type RegimeId } from '#shared/regimes/regime.schemas.js';
import { readPaging, readSearchText, validParam, writePaging, type Paging } from '../../../lib/list-params.js';

/** The dossier list as its URL states it: a link shows the same list. */
export interface DossierListParams extends Paging {
  q?: string;
  organisationId?: string;
  systemId?: string;
  status?: DossierStatus;
  regime?: RegimeId;
}

/** Reads the URL; anything malformed is ignored rather than shown as an error. */
export function parseDossierListParams(search: URLSearchParams): DossierListParams {
  return {
    q: readSearchText(search),
    organisationId: validParam<string>(idSchema, search.get('organisationId')),
    systemId: validParam<string>(idSchema, search.get('systemId')),
    status: validParam<DossierStatus>(dossierStatusSchema, search.get('status')),
    regime: validParam<RegimeId>(regimeIdSchema, search.get('regime')),
    ...readPaging(search),
  };
}

/** Writes the list state back to the URL, leaving out defaults. */
export function toDossierSearchParams(params: Partial<DossierListParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.organisationId) search.set('organisationId', params.organisationId);
  if (params.systemId) search.set('systemId', params.systemId);
  if (params.status) search.set('status', params.status);
  if (params.regime) search.set('regime', params.regime);
  writePaging(search, params);
  return search;
}
