import { describe, expect, test } from 'vitest';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { dossierStatuses, type DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { Dashboard, SubtreeCounts } from '#shared/reports/dashboard.schemas.js';
import { dossiers } from '#server/db/schema/index.js';
import { todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { makeUser } from '../../factories/users.js';
import { useDemoApp } from '../../support/demo-app.js';
import {
  DINH_BINH,
  DISTRICT,
  PROVINCE,
  SO_TTTT,
  TTDVNN,
  type Demo,
  type OrganisationRow,
  type SystemRow,
} from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { buildHistoryTree, buildTodayTree, type Tree } from './random-tree.js';
import { COMPLIANCE } from './report-requests.js';

/**
 * GET /api/reports/dashboard: the compliance report's numbers split by the direct children of the
 * organisation, and approvals per month. Each count is checked against one made in the test from
 * the rows (and, for a past day, the events), and against the compliance report they add up to.
 */
const DASHBOARD = '/api/reports/dashboard';
const RANDOM_ID = '00000000-0000-4000-8000-000000000001';

let app: TestApp;
let demo: Demo;
const today = todayInVietnam();
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const zeroStatuses = () => Object.fromEntries(dossierStatuses.map((s) => [s, 0])) as Record<DossierStatus, number>;
const month = (day: string) => day.slice(0, 7);

/** Consecutive months from `first` to `last`, both YYYY-MM. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, monthNo] = first.split('-').map(Number) as [number, number];
  for (let current = first; current <= last; current = `${year}-${String(monthNo).padStart(2, '0')}`) {
    out.push(current);
    monthNo += 1;
    if (monthNo > 12) [year, monthNo] = [year + 1, 1];
  }
  return out;
}

/**
 * The trend as the endpoint must give it: every month from the first with an approval to the last,
 * gaps as 0.
 */
function expectedTrend(approvalDays: string[]): Dashboard['approvalsByMonth'] {
  if (approvalDays.length === 0) return [];
  const counts = new Map<string, number>();
  for (const day of approvalDays) counts.set(month(day), (counts.get(month(day)) ?? 0) + 1);
  const sorted = [...counts.keys()].sort();
  const all = monthsBetween(sorted[0]!, sorted.at(-1)!);
  return all.map((m) => ({ month: m, approvals: counts.get(m) ?? 0 }));
}

interface Row {
  id: string;
  parentId: string | null;
}
/** Ids of an organisation and everything under it, walking parent links (not the materialised path the SQL reads). */
function subtreeOf(rows: readonly Row[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.parentId && ids.has(row.parentId) && !ids.has(row.id)) {
        ids.add(row.id);
        grew = true;
      }
    }
  }
  return ids;
}

/**
 * One subtree's counts from plain rows: a unit's systems (decommissioned left out), approved ones, dossiers by status.
 */
function countSubtree(
  unitIds: Set<string>,
  systems: ReadonlyArray<Pick<SystemRow, 'operatorOrganisationId' | 'status'> & { approved: boolean }>,
  dossierStatusesOf: ReadonlyArray<{ unitId: string; status: DossierStatus }>,
): SubtreeCounts {
  const live = systems.filter((s) => s.status !== 'decommissioned' && unitIds.has(s.operatorOrganisationId));
  const byUnit = new Map<string, { n: number; approved: number }>();
  for (const s of live) {
    const entry = byUnit.get(s.operatorOrganisationId) ?? { n: 0, approved: 0 };
    entry.n += 1;
    if (s.approved) entry.approved += 1;
    byUnit.set(s.operatorOrganisationId, entry);
  }
  const statuses = zeroStatuses();
  for (const d of dossierStatusesOf) if (unitIds.has(d.unitId)) statuses[d.status] += 1;
  return {
    units: unitIds.size,
    unitsWithSystems: byUnit.size,
    unitsAllApproved: [...byUnit.values()].filter((u) => u.approved === u.n).length,
    systems: live.length,
    approvedSystems: live.filter((s) => s.approved).length,
    dossiersByStatus: statuses,
  };
}

/** The whole breakdown counted from rows: each child's subtree, and the root's own records. */
function expectedBreakdown(
  organisations: readonly (Row & { name: string })[],
  rootId: string,
  systems: Parameters<typeof countSubtree>[1],
  dossierRows: Parameters<typeof countSubtree>[2],
) {
  const children = organisations.filter((o) => o.parentId === rootId);
  return {
    own: countSubtree(new Set([rootId]), systems, dossierRows),
    children: Object.fromEntries(
      children.map((c) => [c.name, countSubtree(subtreeOf(organisations, c.id), systems, dossierRows)]),
    ),
  };
}

const breakdownOf = (body: Dashboard) => ({
  own: body.own,
  children: Object.fromEntries(
    body.children.map(
      ({ name, units, unitsWithSystems, unitsAllApproved, systems, approvedSystems, dossiersByStatus }) => [
        name,
        { units, unitsWithSystems, unitsAllApproved, systems, approvedSystems, dossiersByStatus },
      ],
    ),
  ),
});

async function demoDossierStatuses() {
  const rows = await app.db.select({ unitId: dossiers.operatorOrganisationId, status: dossiers.status }).from(dossiers);
  return rows.map((row) => ({ unitId: row.unitId, status: row.status }));
}
const demoSystems = () => demo.systems.map((s) => ({ ...s, approved: s.approvedLevel !== null }));

describe('the demo district, as yendinh.tonghop', () => {
  test('its children: the 26 commune-level and 3 public service units, each counted over its own subtree', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await client.get(DASHBOARD);
    expect(res.status).toBe(200);
    const body = res.json as Dashboard;
    expect(body.organisation.name).toBe(DISTRICT);
    expect(body.historical).toBe(false);
    expect(body.asOf).toBe(today);
    // The reporter's grant starts at the district: nothing above it to go back to.
    expect(body.trail).toEqual([]);

    expect(body.children).toHaveLength(29);
    const communeLevel = body.children.filter((c) => c.kind === 'commune' || c.kind === 'town');
    const psus = body.children.filter((c) => c.kind === 'publicServiceUnit');
    expect(communeLevel).toHaveLength(26);
    expect(psus).toHaveLength(3);
    // Commune-level units first (as the report lists them), then the public service units.
    expect(body.children.slice(0, 26)).toEqual(communeLevel);
    for (const commune of communeLevel) {
      expect(commune, commune.name).toMatchObject({
        units: 1,
        unitsWithSystems: 1,
        unitsAllApproved: 1,
        systems: 1,
        approvedSystems: 1,
      });
      expect(commune.dossiersByStatus, commune.name).toEqual({ ...zeroStatuses(), approved: 1 });
    }
    for (const psu of psus) {
      expect(psu, psu.name).toMatchObject({
        units: 1,
        unitsWithSystems: 1,
        unitsAllApproved: 0,
        systems: 1,
        approvedSystems: 0,
      });
      expect(psu.dossiersByStatus, psu.name).toEqual({ ...zeroStatuses(), submitted: 1 });
    }
    expect(body.own).toMatchObject({ units: 1, systems: 1, approvedSystems: 1, unitsAllApproved: 1 });

    // And against a count made here from the demo's rows.
    const expected = expectedBreakdown(
      demo.organisations,
      demo.org(DISTRICT).id,
      demoSystems(),
      await demoDossierStatuses(),
    );
    expect(breakdownOf(body)).toEqual(expected);
  });

  test('the children and the district itself add up to the compliance report of the same day', async () => {
    const client = await app.as('yendinh.tonghop');
    for (const asOf of ['2022-12-31', '2023-06-30', today]) {
      const [dashboard, report] = await Promise.all([
        client.get(DASHBOARD, { query: { asOf } }),
        client.get(COMPLIANCE, { query: { asOf } }),
      ]);
      const body = dashboard.json as Dashboard;
      expect(body.historical).toBe(asOf !== today);
      const parts = [body.own, ...body.children];
      const sum = (key: 'units' | 'unitsWithSystems' | 'unitsAllApproved' | 'systems' | 'approvedSystems') =>
        parts.reduce((total, part) => total + part[key], 0);
      expect(
        {
          units: sum('units'),
          unitsWithSystems: sum('unitsWithSystems'),
          unitsAllApproved: sum('unitsAllApproved'),
          systems: sum('systems'),
          approvedSystems: sum('approvedSystems'),
        },
        asOf,
      ).toEqual({
        units: report.json.totals.units,
        unitsWithSystems: report.json.totals.unitsWithSystems,
        unitsAllApproved: report.json.totals.unitsAllApproved,
        systems: report.json.totals.systems,
        approvedSystems: report.json.totals.approvedSystems,
      });
      for (const { status, dossiers: n } of report.json.dossiersByStatus as Array<{
        status: DossierStatus;
        dossiers: number;
      }>) {
        expect(
          parts.reduce((total, part) => total + part.dossiersByStatus[status], 0),
          `${asOf} ${status}`,
        ).toBe(n);
      }
    }
  });

  test("approvals per month: the decisions' months, gaps as zero, summing to the approved systems", async () => {
    const client = await app.as('yendinh.tonghop');
    const body = (await client.get(DASHBOARD)).json as Dashboard;
    const district = demo.subtreeIds(DISTRICT);
    const days = demo.systems
      .filter((s) => district.has(s.operatorOrganisationId) && s.approvalDecisionDate)
      .map((s) => s.approvalDecisionDate!);
    expect(days).toHaveLength(27);
    expect(body.approvalsByMonth).toEqual(expectedTrend(days));
    expect(body.approvalsByMonth.reduce((total, m) => total + m.approvals, 0)).toBe(27);

    // Before the first approval there is no trend at all; at the end of 2022, only what was decided by then.
    expect((await client.get(DASHBOARD, { query: { asOf: '2021-01-01' } })).json.approvalsByMonth).toEqual([]);
    const end2022 = (await client.get(DASHBOARD, { query: { asOf: '2022-12-31' } })).json as Dashboard;
    expect(end2022.approvalsByMonth).toEqual(expectedTrend(days.filter((day) => day <= '2022-12-31')));
  });

  test('drilling into Định Bình: its own subtree only, with the way back up to the district', async () => {
    const client = await app.as('yendinh.tonghop');
    const body = (await client.get(DASHBOARD, { query: { organisationId: demo.org(DINH_BINH).id } })).json as Dashboard;
    expect(body.organisation.name).toBe(DINH_BINH);
    expect(body.trail).toEqual([{ id: demo.org(DISTRICT).id, name: DISTRICT }]);
    expect(body.children).toEqual([]);
    expect(body.own).toEqual({
      units: 1,
      unitsWithSystems: 1,
      unitsAllApproved: 1,
      systems: 1,
      approvedSystems: 1,
      dossiersByStatus: { ...zeroStatuses(), approved: 1 },
    });
    expect(body.approvalsByMonth.reduce((total, m) => total + m.approvals, 0)).toBe(1);
  });

  test('a date after today is refused, in the words of the compliance report', async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await client.get(DASHBOARD, { query: { asOf: addCalendarDays(today, 1) } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].path).toBe('asOf');
    const report = await client.get(COMPLIANCE, { query: { asOf: addCalendarDays(today, 1) } });
    expect(res.json.error.issues).toEqual(report.json.error.issues);
  });
});

describe('scope', () => {
  test('a commune officer sees only their commune; any other unit answers exactly like a random id', async () => {
    const client = await app.as('dinhbinh.cntt');
    const own = await client.get(DASHBOARD);
    expect(own.status).toBe(200);
    expect(own.json.organisation.name).toBe(DINH_BINH);
    expect(own.json.trail).toEqual([]);
    expect(own.json.children).toEqual([]);
    const mine = demo.subtreeIds(DINH_BINH);
    for (const org of demo.organisations.filter((o) => !mine.has(o.id)))
      expect(own.text, org.name).not.toContain(org.name);

    const random = await client.get(DASHBOARD, { query: { organisationId: RANDOM_ID } });
    expect(random.status).toBe(404);
    for (const org of demo.organisations.filter((o) => !mine.has(o.id))) {
      const res = await client.get(DASHBOARD, { query: { organisationId: org.id } });
      expect({ status: res.status, json: res.json }, org.name).toEqual({ status: random.status, json: random.json });
    }
  });

  test("a public service unit's officer: the same", async () => {
    const client = await app.as('ttdvnn.cntt');
    const own = await client.get(DASHBOARD);
    expect(own.json.organisation.name).toBe(TTDVNN);
    expect(own.json.own.dossiersByStatus.submitted).toBe(1);
    const district = await client.get(DASHBOARD, { query: { organisationId: demo.org(DISTRICT).id } });
    expect(district.status).toBe(404);
  });

  test("the Sở's appraiser: the trail shows only the organisations it may open", async () => {
    const client = await app.as('sotttt.thamdinh');
    const own = (await client.get(DASHBOARD)).json as Dashboard;
    expect(own.organisation.name).toBe(SO_TTTT);
    const res = await client.get(DASHBOARD, { query: { organisationId: demo.org(DINH_BINH).id } });
    expect(res.status).toBe(200);
    const body = res.json as Dashboard;
    const province = await client.get(DASHBOARD, { query: { organisationId: demo.org(PROVINCE).id } });
    // Whatever its grants reach, each trail entry opens, and the trail ends at the district.
    expect(body.trail.at(-1)).toEqual({ id: demo.org(DISTRICT).id, name: DISTRICT });
    expect(body.trail.some((o) => o.name === PROVINCE)).toBe(province.status === 200);
    for (const step of body.trail)
      expect((await client.get(DASHBOARD, { query: { organisationId: step.id } })).status, step.name).toBe(200);
  });

  test('anonymous: 401', async () => {
    expect((await app.anonymous().get(DASHBOARD)).status).toBe(401);
  });
});

/** A reporter of a generated tree's root. */
async function reporterOf(tree: Tree) {
  const user = await makeUser(app.db, { memberships: [{ organisationId: tree.root.id, role: 'reporter' }] });
  return app.loginAs(user.username, user.password);
}

const treeRows = (tree: Tree) =>
  tree.units.map((u: OrganisationRow) => ({ id: u.id, parentId: u.parentId, name: u.name }));

describe.each([7, 13])('a generated district (seed %i), with public service units under some communes', (seed) => {
  test('today: each child counted over its subtree, and the trend, match counts from the inserted rows', async () => {
    const tree = await buildTodayTree(app.db, seed, today);
    const body = (await (await reporterOf(tree)).get(DASHBOARD)).json as Dashboard;
    const systems = tree.systems.map((s) => ({ ...s, approved: s.approvedLevel !== null }));
    const statuses = tree.dossiers.map((d) => ({
      unitId: d.row.operatorOrganisationId,
      status: d.row.status,
    }));
    const expected = expectedBreakdown(treeRows(tree), tree.root.id, systems, statuses);
    expect(
      Object.values(expected.children).some((c) => c.units > 1),
      'a child with units under it',
    ).toBe(true);
    expect(breakdownOf(body)).toEqual(expected);
    const approvalDays = tree.systems
      .filter((s) => s.status !== 'decommissioned' && s.approvedLevel !== null)
      .map((s) => s.approvalDecisionDate!);
    expect(body.approvalsByMonth).toEqual(expectedTrend(approvalDays));
  });

  test('a past day: statuses and approvals replayed from the recorded events', async () => {
    const tree = await buildHistoryTree(app.db, seed + 2000, today);
    const client = await reporterOf(tree);
    for (const daysAgo of [200, 90]) {
      const asOf = addCalendarDays(today, -daysAgo);
      const bound = new Date(`${addCalendarDays(asOf, 1)}T00:00:00+07:00`);
      const vietnamDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      // Each dossier's last status by the day (none yet: it did not exist); each system's last approval by the day.
      const statuses = tree.dossiers.flatMap((d) => {
        const last = d.history.filter((step) => step.at < bound).at(-1);
        return last ? [{ unitId: d.row.operatorOrganisationId, status: last.status }] : [];
      });
      const approvedOn = new Map<string, string>();
      for (const system of tree.systems) {
        const events = tree.dossiers
          .filter((d) => d.systemId === system.id)
          .flatMap((d) => d.history.filter((s) => s.status === 'approved'));
        const byDay = events
          .filter((e) => e.at < bound)
          .sort((a, b) => a.at.getTime() - b.at.getTime())
          .at(-1);
        if (byDay) approvedOn.set(system.id, vietnamDay(byDay.at));
        else if (events.length === 0 && system.approvalDecisionDate && system.approvalDecisionDate <= asOf)
          approvedOn.set(system.id, system.approvalDecisionDate);
      }
      const systems = tree.systems.map((s) => ({ ...s, approved: approvedOn.has(s.id) }));
      const body = (await client.get(DASHBOARD, { query: { asOf } })).json as Dashboard;
      expect(body.historical).toBe(true);
      expect(breakdownOf(body), asOf).toEqual(expectedBreakdown(treeRows(tree), tree.root.id, systems, statuses));
      expect(body.approvalsByMonth, asOf).toEqual(expectedTrend([...approvedOn.values()]));
    }
  });
});
