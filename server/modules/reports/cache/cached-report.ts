import type { Locale } from '#shared/i18n/translate.js';
import type { Db } from '../../../db/open-db.js';
import { ReportCache } from './report-cache.js';
import { readReportVersion } from './report-version.js';

/**
 * A safety net only: every change a report reads advances the counter (report-version.ts). Today's
 * answers are asked for all day long and recomputed after every change anyway; a past day's change
 * only when history is edited (docs/report-cache.md#a-past-day), so they are kept longer.
 */
const TODAY_TTL_MS = 10 * 60 * 1000;
const PAST_DAY_TTL_MS = 60 * 60 * 1000;

/** One cache per database (tests open many in one process; a server one). */
const caches = new WeakMap<Db, ReportCache>();

function reportCacheOf(db: Db): ReportCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ReportCache()));
  return cache;
}

/**
 * What an answer depends on besides the data: the report, the subtree (its root, which the caller
 * resolved in the actor's scope: any actor who may see that subtree gets the same answer), the day and
 * whether that day is today (yesterday's page stays cached as "today" until the date turns), and the
 * language of its sentences when it has any.
 */
export interface ReportCacheKey {
  report: 'compliance' | 'summary' | 'dashboard';
  rootId: string;
  asOf: string;
  today: string;
  locale?: Locale;
}

const keyText = ({ report, rootId, asOf, today, locale }: ReportCacheKey) =>
  [report, rootId, asOf, asOf < today ? 'past' : 'today', locale ?? '-'].join('|');

/**
 * The report's answer for `key`, from this process's cache when nothing it reads has changed since it
 * was computed (in this process or any other on the same database), else computed and kept.
 */
export async function cachedReport<T>(db: Db, key: ReportCacheKey, compute: () => Promise<T>): Promise<T> {
  // Read before computing: the answer is then at least as new as the version it is stored under.
  const version = await readReportVersion(db);
  const ttl = key.asOf < key.today ? PAST_DAY_TTL_MS : TODAY_TTL_MS;
  return reportCacheOf(db).get(keyText(key), version, ttl, compute);
}
