import { beforeAll, describe, expect, test } from 'vitest';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import type { WorkingCalendar } from '#shared/calendar/working-days.js';
import { loadWorkingCalendar, todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { makeUser } from '../../factories/users.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { expectedRollup, type Expected } from './expected-rollup.js';
import { buildHistoryTree, buildTodayTree, type Tree } from './random-tree.js';
import { COMPLIANCE } from './report-requests.js';

/**
 * Counts on generated trees (random statuses, levels, flags, clocks) against the same counts made
 * in the test from the inserted rows and events: today from the records, a past day from the events.
 */
let app: TestApp;
let calendar: WorkingCalendar;
const today = todayInVietnam();
useDemoApp((opened) => (app = opened));
beforeAll(async () => {
  calendar = await loadWorkingCalendar(app.db);
});

async function reportOf(tree: Tree, asOf?: string) {
  const user = await makeUser(app.db, { memberships: [{ organisationId: tree.root.id, role: 'reporter' }] });
  const client = await app.loginAs(user.username, user.password);
  const res = await client.get(COMPLIANCE, { query: asOf ? { asOf } : {} });
  expect(res.status).toBe(200);
  expect(res.json.organisation.id).toBe(tree.root.id);
  return res.json;
}

/** The report's numbers in the shape of the independent count. */
function reported(report: any): Expected {
  const units: Expected['units'] = {};
  for (const row of report.unitsByKind) {
    const states = {
      approved: row.allApproved,
      awaiting: row.awaiting,
      returned: row.returned,
      preparing: row.preparing,
      notStarted: row.notStarted,
      withoutSystems: row.withoutSystems,
    };
    units[row.kind] = Object.fromEntries(Object.entries(states).filter(([, n]) => n > 0));
    expect(row.units, row.kind).toBe(Object.values(states).reduce((a: number, b: number) => a + b, 0));
  }
  return {
    units,
    levels: Object.fromEntries(
      report.systemsByLevel.filter((r: any) => r.systems > 0).map((r: any) => [String(r.level), r.systems]),
    ),
    statuses: Object.fromEntries(
      report.dossiersByStatus.filter((r: any) => r.dossiers > 0).map((r: any) => [r.status, r.dossiers]),
    ),
    pending: report.pending.items.map((p: any) => ({
      id: p.dossierId,
      started: p.stepStartedOn,
      waiting: p.waitingWorkingDays,
      due: p.stepDueOn,
      overdue: p.overdue,
    })),
    inspections: report.inspectionsDue.items.map((i: any) => i.systemId),
    flagged: report.redetermination.items.map((f: any) => f.systemId),
  };
}

function compare(report: any, expected: Expected) {
  const actual = reported(report);
  expect(actual.units).toEqual(expected.units);
  expect(actual.levels).toEqual(expected.levels);
  expect(actual.statuses).toEqual(expected.statuses);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect([...actual.pending].sort(byId)).toEqual([...expected.pending].sort(byId));
  expect(report.pending.total).toBe(expected.pending.length);
  expect(report.overdue.total).toBe(expected.pending.filter((p) => p.overdue).length);
  expect([...actual.inspections].sort()).toEqual([...expected.inspections].sort());
  expect([...actual.flagged].sort()).toEqual([...expected.flagged].sort());
  expect(report.totals.systems).toBe(Object.values(expected.levels).reduce((a, b) => a + b, 0));
}

describe.each([11, 23, 37])('a generated district (seed %i)', (seed) => {
  test('today: every count matches the count made from the inserted rows', async () => {
    const tree = await buildTodayTree(app.db, seed, today);
    expect(tree.dossiers.length).toBeGreaterThan(5);
    const expected = expectedRollup(tree, calendar, { asOf: today, bound: null });
    expect(expected.inspections).toContain(tree.systems[0]!.id);
    expect(expected.inspections).not.toContain(tree.systems[1]!.id);
    compare(await reportOf(tree), expected);
  });

  test('a past day: statuses, levels, clocks and flags replayed from the recorded events', async () => {
    const tree = await buildHistoryTree(app.db, seed + 1000, today);
    for (const daysAgo of [250, 150, 60]) {
      const asOf = addCalendarDays(today, -daysAgo);
      const bound = new Date(new Date(`${addCalendarDays(asOf, 1)}T00:00:00+07:00`).getTime());
      const report = await reportOf(tree, asOf);
      expect(report.historical).toBe(true);
      compare(report, expectedRollup(tree, calendar, { asOf, bound }));
    }
  });
});

test('nothing outside the subtree is counted: two generated districts side by side', async () => {
  const first = await buildTodayTree(app.db, 101, today);
  const second = await buildTodayTree(app.db, 102, today);
  const report = await reportOf(first);
  const secondNames = new Set(second.units.map((u) => u.name));
  expect(JSON.stringify(report)).not.toContain(second.root.name);
  for (const name of secondNames) expect(JSON.stringify(report)).not.toContain(name);
  expect(report.totals.units).toBe(first.units.length);
});
