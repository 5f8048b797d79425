import type { z } from 'zod';
import { idSchema } from '../../../../../shared/common/text.js';
import { dossierStatusSchema } from '../../../../../shared/dossiers/dossiers.schemas.js';
import type { DossierStatus } from '../../../../../shared/dossiers/dossier-workflow.js';
import { regimeIdSchema, type RegimeId } from '../../../../../shared/regimes/regime.schemas.js';

export const pageSizes = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The dossier list as its URL states it: a link shows the same list. */
export interface DossierListParams {
  q?: string;
  organisationId?: string;
  status?: DossierStatus;
  regime?: RegimeId;
  page: number;
  pageSize: number;
}

const valid = <T>(schema: z.ZodType<T>, value: string | null): T | undefined => {
  if (value === null || value === '') return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

const positive = (value: string | null, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** Reads the URL; anything malformed is ignored rather than shown as an error. */
export function parseDossierListParams(search: URLSearchParams): DossierListParams {
  const pageSize = positive(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: search.get('q')?.trim() || undefined,
    organisationId: valid<string>(idSchema, search.get('organisationId')),
    status: valid<DossierStatus>(dossierStatusSchema, search.get('status')),
    regime: valid<RegimeId>(regimeIdSchema, search.get('regime')),
    page: positive(search.get('page'), 1),
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the list state back to the URL, leaving out defaults. */
export function toDossierSearchParams(params: Partial<DossierListParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.organisationId) search.set('organisationId', params.organisationId);
  if (params.status) search.set('status', params.status);
  if (params.regime) search.set('regime', params.regime);
  if (params.page && params.page > 1) search.set('page', String(params.page));
  if (params.pageSize && params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}
