import type { z } from 'zod';
import { idSchema } from '../../../../../shared/common/text.js';
import {
  systemListQuerySchema,
  systemStatusSchema,
  systemTypeSchema,
  type SystemStatus,
  type SystemType,
} from '../../../../../shared/systems/systems.schemas.js';

export const levelFilters = ['1', '2', '3', '4', '5', 'none'] as const;
export type LevelFilter = (typeof levelFilters)[number];
const levelSchema = systemListQuerySchema.shape.level.unwrap();

export const pageSizes = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The systems list as its URL states it: a link shows the same list. */
export interface SystemListParams {
  q?: string;
  /** An organisation's subtree; "all" = every visible organisation. */
  organisationId?: string;
  systemType?: SystemType;
  status?: SystemStatus;
  level?: LevelFilter;
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
export function parseListParams(search: URLSearchParams): SystemListParams & { organisationParam: string | null } {
  const organisationParam = search.get('organisationId');
  const pageSize = positive(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: search.get('q')?.trim() || undefined,
    organisationId: valid<string>(idSchema, organisationParam),
    organisationParam,
    systemType: valid<SystemType>(systemTypeSchema, search.get('systemType')),
    status: valid<SystemStatus>(systemStatusSchema, search.get('status')),
    level: valid<LevelFilter>(levelSchema, search.get('level')),
    page: positive(search.get('page'), 1),
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the list state back to the URL, leaving out defaults. */
export function toSearchParams(params: Partial<SystemListParams> & { organisationParam?: string | null }): URLSearchParams {
  const search = new URLSearchParams();
  const organisation = params.organisationParam ?? params.organisationId;
  if (params.q) search.set('q', params.q);
  if (organisation) search.set('organisationId', organisation);
  if (params.systemType) search.set('systemType', params.systemType);
  if (params.status) search.set('status', params.status);
  if (params.level) search.set('level', params.level);
  if (params.page && params.page > 1) search.set('page', String(params.page));
  if (params.pageSize && params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}
