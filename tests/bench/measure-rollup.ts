import { and, count, eq, sql } from 'drizzle-orm';
import { roleGrants } from '#server/policies/permissions.js';
import type { Actor } from '#server/policies/actor.js';
import type { Db } from '#server/db/open-db.js';
import { dossiers, informationSystems, organisations } from '#server/db/schema/index.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { buildComplianceReport } from '#server/modules/reports/compliance-report.js';
import { resolveReportRoot } from '#server/modules/reports/report-root.js';
import { reportMoment } from '#server/modules/reports/report-moment.js';
import { complianceRollupSql } from '#server/modules/reports/sql/compliance-rollup-sql.js';
import { queryReport } from '#server/modules/reports/sql/rows.js';
import { uuidOf } from './generate-country.js';

export interface Timing {
  median: number;
  p95: number;
}
export interface ScopeResult {
  database: string;
  scope: 'commune' | 'province' | 'country';
  asOf: string;
  historical: boolean;
  units: number;
  systems: number;
  dossiers: number;
  bare: Timing;
  endpoint: Timing;
}

const summarise = (samples: number[]): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!,
  };
};

/** Runs the two alternately (after a warm-up), so a busy moment on a shared machine hits both alike. */
async function timePair(
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
  runs: number,
): Promise<[Timing, Timing]> {
  for (let i = 0; i < 3; i++) {
    await first();
    await second();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [run, samples] of [
      [first, a],
      [second, b],
    ] as const) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
  }
  return [summarise(a), summarise(b)];
}

/** A reporter at the root of the country: every scope is in reach, as for a ministry's staff. */
function countryReporter(rootPath: string): Actor {
  return {
    userId: uuidOf('bench-user'),
    username: 'bench',
    fullName: 'Bench',
    memberships: [{ organisationId: uuidOf('root'), organisationName: 'Cả nước', path: rootPath, role: 'reporter' }],
    grants: [{ path: rootPath, permissions: new Set(roleGrants.reporter) }],
    ip: '',
  };
}

const scopes = [
  { scope: 'commune', key: 'comm1', runs: 60 },
  { scope: 'province', key: 'prov1', runs: 30 },
  { scope: 'country', key: 'root', runs: 10 },
] as const;

/** Each scope today and as of a past date, bare statement and endpoint path alternating. */
export async function measureScopes(database: string, db: Db, today: string): Promise<ScopeResult[]> {
  const [root] = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(eq(organisations.id, uuidOf('root')));
  const actor = countryReporter(root!.path);
  const results: ScopeResult[] = [];
  for (const { scope, key, runs } of scopes) {
    const target = await resolveReportRoot(db, actor, uuidOf(key));
    const under = sql`${organisations.path} like ${`${target.path}%`}`;
    const [units] = await db.select({ n: count() }).from(organisations).where(under);
    const [systems] = await db
      .select({ n: count() })
      .from(informationSystems)
      .innerJoin(organisations, eq(organisations.id, informationSystems.operatorOrganisationId))
      .where(under);
    const [dossierCount] = await db
      .select({ n: count() })
      .from(dossiers)
      .innerJoin(organisations, and(eq(organisations.id, dossiers.operatorOrganisationId)))
      .where(under);
    for (const asOf of [today, '2025-06-30']) {
      const regimes = await loadRegimes(db);
      const statement = () =>
        complianceRollupSql({ rootId: target.id, rootPath: target.path, moment: reportMoment(asOf, today), regimes });
      // The statement as the service runs it (in its transaction with JIT off), and nothing else;
      // then exactly what the route does, without HTTP.
      const [bare, endpoint] = await timePair(
        () => queryReport(db, statement()),
        async () => {
          const [resolved, loaded] = await Promise.all([resolveReportRoot(db, actor, uuidOf(key)), loadRegimes(db)]);
          await buildComplianceReport(db, { root: resolved, asOf, today, regimes: loaded, locale: 'vi' });
        },
        runs,
      );
      results.push({
        database,
        scope,
        asOf,
        historical: asOf !== today,
        units: units!.n,
        systems: systems!.n,
        dossiers: dossierCount!.n,
        bare,
        endpoint,
      });
      console.log(
        `${database} ${scope} ${asOf}: SQL ${bare.median.toFixed(1)} ms, endpoint ${endpoint.median.toFixed(1)} ms`,
      );
    }
  }
  return results;
}
