import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, inject, test } from 'vitest';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import type { ComplianceReport } from '#shared/reports/reports.schemas.js';
import { SUMMARY_LIST_LIMIT, type ReportSummary } from '#shared/reports/summary.schemas.js';
import { dossiers, organisations } from '#server/db/schema/index.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { loadRegimes } from '#server/modules/regimes/load-regimes.js';
import { ReportCache } from '#server/modules/reports/cache/report-cache.js';
import { compactReportChanges, readReportVersion } from '#server/modules/reports/cache/report-version.js';
import { buildReportSummary } from '#server/modules/reports/report-summary.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { reportRootColumns } from '#server/modules/reports/report-root.js';
import { makeSubmittableDossier } from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { appraisedDossier as appraisedDossierOf } from '../../support/appraised-dossier.js';
import { useDemoApp } from '../../support/demo-app.js';
import { DINH_BINH, DISTRICT, PROVINCE, TTDVNN, type Demo } from '../../support/demo.js';
import { withDatabase } from '../../support/test-database-config.js';
import type { TestApp } from '../../support/test-app.js';
import { COMPLIANCE } from './report-requests.js';

/**
 * The report cache (docs/report-cache.md): GET /api/reports/summary, /compliance and /dashboard answer
 * from a per-process cache keyed by scope and day, valid while the change counter stays the same. The
 * counter is advanced by triggers on what the reports read, so a transition, an edit, or a write from
 * another connection (another server process) is seen by the next request; an autosave is not a change.
 */
const SUMMARY = '/api/reports/summary';
const DASHBOARD = '/api/reports/dashboard';
const RANDOM_ID = '00000000-0000-4000-8000-000000000001';

let app: TestApp;
let demo: Demo;
const today = todayInVietnam();
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** Everything but the moment it was computed. */
const content = <T extends { generatedAt: string }>({ generatedAt: _, ...rest }: T) => rest;

async function freshSummary(organisationName: string, asOf = today): Promise<ReportSummary> {
  const [root] = await app.db
    .select(reportRootColumns)
    .from(organisations)
    .where(eq(organisations.id, demo.org(organisationName).id));
  return buildReportSummary(app.db, { root: root!, asOf, today, regimes: await loadRegimes(app.db), locale: 'vi' });
}

/**
 * Writes as another server process would: on PostgreSQL through a connection of its own (no cache of
 * this app sees it happen); PGlite has a single connection, so there the write is raw SQL past the
 * server's code.
 */
async function otherProcess<T>(run: (execute: (text: string, params?: unknown[]) => Promise<unknown>) => Promise<T>) {
  if (app.kind === 'pglite')
    return run((text, params = []) => {
      const query = sql.raw(text.replace(/\$(\d+)/g, (_, n: string) => `'${String(params[Number(n) - 1])}'`));
      return app.db.execute(query);
    });
  const config = inject('testDatabase');
  if (config.kind !== 'postgres') throw new Error('a PostgreSQL app without a PostgreSQL test database');
  const [row] = await queryRows<{ name: string }>(app.db, sql`select current_database() as name`);
  const client = postgres(withDatabase(config.adminUrl, row!.name), { max: 1, onnotice: () => {} });
  try {
    return await run((text, params = []) => client.unsafe(text, params as never[]));
  } finally {
    await client.end({ timeout: 5 });
  }
}

const appraisedDossier = () => appraisedDossierOf(app, demo);

const countOf = (summary: ReportSummary, status: string) =>
  summary.dossiersByStatus.find((row) => row.status === status)!.dossiers;

describe('the summary', () => {
  test("is the report's headline and first rows, equal to a fresh computation, and cached", async () => {
    const client = await app.as('admin');
    const first = await client.get(SUMMARY);
    expect(first.status, first.text).toBe(200);
    const again = await client.get(SUMMARY);
    // Served from the cache: the same answer, computed once.
    expect(again.json.generatedAt).toBe(first.json.generatedAt);
    expect(content(again.json as ReportSummary)).toEqual(content(await freshSummary(PROVINCE)));

    const report = (await client.get(COMPLIANCE)).json as ComplianceReport;
    const summary = first.json as ReportSummary;
    expect(summary.listLimit).toBe(SUMMARY_LIST_LIMIT);
    for (const list of ['pending', 'overdue', 'inspectionsDue'] as const) {
      expect(summary[list].total, list).toBe(report[list].total);
      expect(summary[list].items, list).toEqual(report[list].items.slice(0, SUMMARY_LIST_LIMIT));
    }
    expect(summary.totals).toEqual(report.totals);
    expect(summary.narrative).toEqual(report.narrative);
    expect(Object.keys(summary)).not.toContain('namedUnits');
    expect(Object.keys(summary)).not.toContain('redetermination');
  });

  test('as of a past day: cached, and equal to a fresh replay of that day', async () => {
    const client = await app.as('yendinh.tonghop');
    const asOf = '2023-06-30';
    const first = await client.get(SUMMARY, { query: { asOf } });
    expect(first.status, first.text).toBe(200);
    expect(first.json.historical).toBe(true);
    const again = await client.get(SUMMARY, { query: { asOf } });
    expect(again.json.generatedAt).toBe(first.json.generatedAt);
    expect(content(again.json as ReportSummary)).toEqual(content(await freshSummary(DISTRICT, asOf)));
  });

  test('a date after today is refused naming asOf; another unit answers exactly like a random id', async () => {
    const reporter = await app.as('yendinh.tonghop');
    const future = await reporter.get(SUMMARY, { query: { asOf: addCalendarDays(today, 1) } });
    expect(future.status).toBe(400);
    expect(future.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['asOf']);

    const officer = await app.as('dinhbinh.cntt');
    const random = await officer.get(SUMMARY, { query: { organisationId: RANDOM_ID } });
    expect(random.status).toBe(404);
    const mine = demo.subtreeIds(DINH_BINH);
    for (const org of demo.organisations.filter((o) => !mine.has(o.id))) {
      const res = await officer.get(SUMMARY, { query: { organisationId: org.id } });
      expect({ status: res.status, json: res.json }, org.name).toEqual({ status: 404, json: random.json });
    }
    const own = await officer.get(SUMMARY);
    expect(own.status).toBe(200);
    expect(own.json.organisation.name).toBe(DINH_BINH);
    for (const org of demo.organisations.filter((o) => !mine.has(o.id)))
      expect(own.text, `names ${org.name}`).not.toContain(org.name);
    expect((await app.anonymous().get(SUMMARY)).status).toBe(401);
  });
});

describe('invalidation', () => {
  test('transitions in scope change the next summary, dashboard and report', async () => {
    const client = await app.as('yendinh.tonghop');
    const before = (await client.get(SUMMARY)).json as ReportSummary;
    const dashboardBefore = (await client.get(DASHBOARD)).json;

    const dossier = await appraisedDossier();
    const appraised = (await client.get(SUMMARY)).json as ReportSummary;
    expect(countOf(appraised, 'appraised')).toBe(countOf(before, 'appraised') + 1);
    expect(appraised.totals.systems).toBe(before.totals.systems + 1);
    expect(content(appraised)).toEqual(content(await freshSummary(DISTRICT)));

    const approved = await (
      await app.as('sotttt.lanhdao')
    ).post(`/api/dossiers/${dossier.id}/transitions`, {
      body: { action: 'approve', version: dossier.version, documentDate: today },
    });
    expect(approved.status, approved.text).toBe(200);
    const after = (await client.get(SUMMARY)).json as ReportSummary;
    expect(countOf(after, 'approved')).toBe(countOf(before, 'approved') + 1);
    expect(after.totals.approvedSystems).toBe(before.totals.approvedSystems + 1);
    expect(content(after)).toEqual(content(await freshSummary(DISTRICT)));

    const dashboardAfter = (await client.get(DASHBOARD)).json;
    expect(dashboardAfter.own.dossiersByStatus.approved + sumChildren(dashboardAfter, 'approved')).toBe(
      dashboardBefore.own.dossiersByStatus.approved + sumChildren(dashboardBefore, 'approved') + 1,
    );
    const report = (await client.get(COMPLIANCE)).json as ComplianceReport;
    expect(report.totals).toEqual(after.totals);
  });

  test('an edit written by another process is seen by the next request', async () => {
    const client = await app.as('yendinh.tonghop');
    const district = demo.org(DISTRICT);
    expect((await client.get(SUMMARY)).json.organisation.name).toBe(DISTRICT);
    const renamed = `${DISTRICT} (đổi tên)`;
    await otherProcess((execute) =>
      execute('update organisations set name = $1 where id = $2', [renamed, district.id]),
    );
    try {
      expect((await client.get(SUMMARY)).json.organisation.name).toBe(renamed);
      expect((await client.get(DASHBOARD)).json.organisation.name).toBe(renamed);
    } finally {
      await otherProcess((execute) =>
        execute('update organisations set name = $1 where id = $2', [DISTRICT, district.id]),
      );
    }
    expect((await client.get(SUMMARY)).json.organisation.name).toBe(DISTRICT);
  });

  test('a system taken out of use by another process leaves the counts at once', async () => {
    const client = await app.as('ttdvnn.cntt');
    const before = (await client.get(SUMMARY)).json as ReportSummary;
    const system = demo.systemsOf(TTDVNN)[0]!;
    await otherProcess((execute) =>
      execute(`update information_systems set status = 'decommissioned' where id = $1`, [system.id]),
    );
    try {
      const after = (await client.get(SUMMARY)).json as ReportSummary;
      expect(after.totals.systems).toBe(before.totals.systems - 1);
    } finally {
      await otherProcess((execute) =>
        execute('update information_systems set status = $1 where id = $2', [system.status, system.id]),
      );
    }
    expect(((await client.get(SUMMARY)).json as ReportSummary).totals.systems).toBe(before.totals.systems);
  });
});

describe('the change counter', () => {
  test("an autosave of a dossier's content is no change; a status change is", async () => {
    const system = await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id });
    const draft = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: system.operatorOrganisationId,
      systems: [{ systemId: system.id }],
    });
    expect(draft.status).toBe('drafting');
    const start = await readReportVersion(app.db);
    await app.db
      .update(dossiers)
      .set({ content: draft.content, version: draft.version + 1, updatedAt: new Date() })
      .where(eq(dossiers.id, draft.id));
    // An update that matches no row (a stale version) is no change either.
    await app.db.update(dossiers).set({ status: 'returned' }).where(eq(dossiers.id, RANDOM_ID));
    expect(await readReportVersion(app.db)).toBe(start);
    await app.db.update(dossiers).set({ status: 'opinionRequested' }).where(eq(dossiers.id, draft.id));
    expect(await readReportVersion(app.db)).toBe(start + 1);
    await app.db.update(dossiers).set({ status: 'drafting' }).where(eq(dossiers.id, draft.id));
    expect(await readReportVersion(app.db)).toBe(start + 2);
  });

  test('moves only when a change commits: a rolled-back one never moves it (a sequence would)', async () => {
    const start = await readReportVersion(app.db);
    const id = demo.org(DINH_BINH).id;
    await expect(
      app.db.transaction(async (tx) => {
        await tx.update(organisations).set({ shortName: 'tạm' }).where(eq(organisations.id, id));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await readReportVersion(app.db)).toBe(start);
    if (app.kind === 'postgres') {
      // Another process's change, written but not committed, is invisible, and so is its step of the counter.
      await otherProcess(async (execute) => {
        await execute('begin');
        await execute(`update organisations set short_name = 'tạm' where id = $1`, [id]);
        expect(await readReportVersion(app.db)).toBe(start);
        await execute('rollback');
      });
      expect(await readReportVersion(app.db)).toBe(start);
    }
  });

  test('compaction folds the rows into the total without moving the counter', async () => {
    for (let i = 0; i < 3; i += 1) await app.db.update(organisations).set({ shortName: sql`short_name` });
    const before = await readReportVersion(app.db);
    await compactReportChanges(app.db);
    const [left] = await queryRows<{ n: number }>(app.db, sql`select count(*)::int as n from report_changes`);
    expect(left!.n).toBe(0);
    expect(await readReportVersion(app.db)).toBe(before);
    await app.db.update(organisations).set({ shortName: sql`short_name` });
    expect(await readReportVersion(app.db)).toBe(before + 1);
  });
});

describe('the cache itself', () => {
  const later = (value: string, ms = 5) => new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));

  test('concurrent misses share one computation; a new version recomputes', async () => {
    const cache = new ReportCache();
    let runs = 0;
    const compute = () => ((runs += 1), later(`run ${runs}`));
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.get('k', 1, 60_000, compute)));
    expect(new Set(answers)).toEqual(new Set(['run 1']));
    expect(await cache.get('k', 1, 60_000, compute)).toBe('run 1');
    expect(await cache.get('k', 2, 60_000, compute)).toBe('run 2');
    expect(runs).toBe(2);
  });

  test('an answer computed under an older version never replaces a newer one', async () => {
    const cache = new ReportCache();
    const slow = cache.get('k', 1, 60_000, () => later('old', 30));
    expect(await cache.get('k', 2, 60_000, () => later('new', 1))).toBe('new');
    expect(await slow).toBe('old');
    expect(await cache.get('k', 2, 60_000, () => later('recomputed'))).toBe('new');
  });

  test('bounded by entries, the least recently used leaving first', async () => {
    const cache = new ReportCache({ maxBytes: 1000, maxEntries: 3 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, 1, 1000, () => later(key));
    await cache.get('a', 1, 1000, () => later('a again'));
    await cache.get('d', 1, 1000, () => later('d'));
    expect(cache.stats().entries).toBe(3);
    // b was the least recently used.
    expect(await cache.get('b', 1, 1000, () => later('b again'))).toBe('b again');
    expect(await cache.get('a', 1, 1000, () => later('not used'))).toBe('a');
  });

  test('bounded by bytes; an answer over a quarter of them is not kept; expired answers recompute', async () => {
    let clock = 0;
    const cache = new ReportCache({ maxBytes: 100, maxEntries: 10 }, () => clock);
    // 24 characters of JSON each: the fifth goes over the 100 bytes and the oldest leaves.
    const big = 'x'.repeat(22);
    for (const key of ['e', 'f', 'g', 'h', 'i']) await cache.get(key, 1, 1000, () => later(big));
    expect(cache.stats()).toEqual({ entries: 4, bytes: 96 });
    expect(await cache.get('e', 1, 1000, () => later('e again'))).toBe('e again');
    await cache.get('huge', 1, 1000, () => later('y'.repeat(40)));
    expect(await cache.get('huge', 1, 1000, () => later('computed again'))).toBe('computed again');
    clock = 2000;
    expect(await cache.get('i', 1, 1000, () => later('fresh'))).toBe('fresh');
  });
});

function sumChildren(dashboard: { children: Array<{ dossiersByStatus: Record<string, number> }> }, status: string) {
  return dashboard.children.reduce((total, child) => total + child.dossiersByStatus[status]!, 0);
}
