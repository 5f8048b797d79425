import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditEvents } from '#server/db/schema/index.js';
import { DISTRICT, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { COMPLIANCE } from './report-requests.js';
import { useDemoApp } from '../../support/demo-app.js';

/** The Yên Định demo over UBND huyện Yên Định, as its 2023 report says it (docs/domain.md#demo-data). */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const PSUS = [
  'Trung tâm Dịch vụ nông nghiệp huyện Yên Định',
  'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Yên Định',
  'Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Yên Định',
];
const COMMUNES_APPROVED = '26/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ (100%).';
const PSUS_WAITING = `03 đơn vị sự nghiệp công lập đã gửi hồ sơ và đang chờ phê duyệt: ${PSUS.join('; ')}.`;

/** End of a day in Vietnam as the first instant after it. */
const endOf = (day: string) => new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 86_400_000);

/** Replays the demo's recorded dossier events in JS: each dossier's status at the end of `day`. */
async function statusesAt(day: string): Promise<Map<string, string>> {
  const events = await app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'dossier')))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  const status = new Map<string, string>();
  for (const event of events) {
    const to = (event.after as { status?: string } | null)?.status;
    if (to && event.at < endOf(day)) status.set(event.entityId, to);
  }
  return status;
}

describe('the compliance report of the demo district, as yendinh.tonghop', () => {
  test("defaults to the district and opens with the district report's sentences, word for word", async () => {
    const client = await app.as('yendinh.tonghop');
    const res = await client.get(COMPLIANCE, { query: { asOf: '2023-06-30' } });
    expect(res.status).toBe(200);
    const report = res.json;
    expect(report.organisation.name).toBe(DISTRICT);
    expect(report.historical).toBe(true);
    expect(report.narrative).toEqual([
      'Tính đến ngày 30/06/2023, Ủy ban nhân dân huyện Yên Định và các cơ quan, đơn vị trực thuộc có 30 hệ thống ' +
        'thông tin, trong đó 27 hệ thống đã được phê duyệt cấp độ (90%).',
      'Theo cấp độ đã được phê duyệt: cấp độ 2: 27 hệ thống.',
      'Ủy ban nhân dân huyện Yên Định: 01/01 hệ thống thông tin đã được phê duyệt cấp độ (100%).',
      COMMUNES_APPROVED,
      PSUS_WAITING,
      // Trung tâm Dịch vụ nông nghiệp submitted on 05/06/2023: 5 working days + 15 days ran out on 27/06.
      '01 hồ sơ đã quá thời hạn xử lý theo quy định.',
    ]);
  });

  test('the numbers behind the sentences: units by kind, levels, statuses, waiting units and waits', async () => {
    const client = await app.as('yendinh.tonghop');
    const report = (await client.get(COMPLIANCE, { query: { asOf: '2023-06-30' } })).json;
    const row = (kind: string) => report.unitsByKind.find((r: { kind: string }) => r.kind === kind);
    expect(row('commune')).toMatchObject({
      units: 22,
      withSystems: 22,
      allApproved: 22,
      awaiting: 0,
      withoutSystems: 0,
    });
    expect(row('town')).toMatchObject({ units: 4, allApproved: 4 });
    expect(row('publicServiceUnit')).toMatchObject({ units: 3, withSystems: 3, allApproved: 0, awaiting: 3 });
    expect(row('district')).toMatchObject({ units: 1, allApproved: 1 });
    expect(report.totals).toMatchObject({
      units: 30,
      unitsAllApproved: 27,
      systems: 30,
      approvedSystems: 27,
      dossiers: 30,
    });
    expect(report.systemsByLevel).toEqual([
      { level: 1, systems: 0 },
      { level: 2, systems: 27 },
      { level: 3, systems: 0 },
      { level: 4, systems: 0 },
      { level: 5, systems: 0 },
      { level: null, systems: 3 },
    ]);
    const statuses = Object.fromEntries(
      report.dossiersByStatus.map((r: { status: string; dossiers: number }) => [r.status, r.dossiers]),
    );
    expect(statuses).toEqual({
      drafting: 0,
      opinionRequested: 0,
      submitted: 3,
      returned: 0,
      appraised: 0,
      approved: 27,
      withdrawn: 0,
      superseded: 0,
    });
    // Submitted on 05/06, 12/06 and 19/06/2023 (the demo's dates); working days to 30/06 (no holiday in June 2023).
    expect(
      report.pending.items.map((p: { unit: { name: string }; waitingWorkingDays: number; stepStartedOn: string }) => [
        p.unit.name,
        p.stepStartedOn,
        p.waitingWorkingDays,
      ]),
    ).toEqual([
      [PSUS[0], '2023-06-05', 19],
      [PSUS[2], '2023-06-12', 14],
      [PSUS[1], '2023-06-19', 9],
    ]);
    expect(
      report.overdue.items.map((p: { unit: { name: string }; stepDueOn: string }) => [p.unit.name, p.stepDueOn]),
    ).toEqual([[PSUS[0], '2023-06-27']]);
  });

  test('today (from the records as they stand) says the same of the units', async () => {
    const client = await app.as('yendinh.tonghop');
    const report = (await client.get(COMPLIANCE)).json;
    expect(report.historical).toBe(false);
    expect(report.narrative).toContain(COMMUNES_APPROVED);
    expect(report.narrative).toContain(PSUS_WAITING);
    expect(report.totals).toMatchObject({ systems: 30, approvedSystems: 27 });
  });

  test('as of 31/12/2022, before most approvals: fewer approved, exactly as the recorded events say', async () => {
    const day = '2022-12-31';
    const client = await app.as('yendinh.tonghop');
    const report = (await client.get(COMPLIANCE, { query: { asOf: day } })).json;
    // Independently: the demo systems whose approval decision is dated by then, and the replayed statuses.
    const subtree = demo.subtreeIds(DISTRICT);
    const communeLevel = demo.organisations.filter((o) => ['commune', 'town'].includes(o.kind) && subtree.has(o.id));
    const approvedCommunes = communeLevel.filter((o) =>
      demo.systems.some((s) => s.operatorOrganisationId === o.id && s.approvalDecisionDate! <= day),
    );
    expect(approvedCommunes.length).toBeGreaterThan(0);
    expect(approvedCommunes.length).toBeLessThan(26);
    const statuses = await statusesAt(day);
    const count = (status: string) => [...statuses.values()].filter((s) => s === status).length;

    const tenths = Math.round((approvedCommunes.length * 1000) / 26);
    const percent = tenths % 10 === 0 ? `${tenths / 10}%` : `${Math.floor(tenths / 10)},${tenths % 10}%`;
    expect(report.narrative).toContain(
      `${String(approvedCommunes.length).padStart(2, '0')}/26 xã, thị trấn đã được phê duyệt hồ sơ đề xuất cấp độ ` +
        `(${percent}).`,
    );
    expect(report.totals.approvedSystems).toBe(count('approved'));
    const reported = Object.fromEntries(
      report.dossiersByStatus.map((r: { status: string; dossiers: number }) => [r.status, r.dossiers]),
    );
    for (const status of ['drafting', 'submitted', 'appraised', 'approved'])
      expect(reported[status], status).toBe(count(status));
    expect(report.totals.dossiers).toBe(statuses.size);
    // No public service unit had a dossier yet.
    expect(report.narrative).toContain(
      `03 đơn vị sự nghiệp công lập chưa xây dựng hồ sơ đề xuất cấp độ: ${PSUS.join('; ')}.`,
    );
    expect(report.narrative.join(' ')).not.toContain('đang chờ phê duyệt: Trung tâm');
  });

  test('as of a day before any dossier: every system unapproved, no dossier', async () => {
    const client = await app.as('yendinh.tonghop');
    const report = (await client.get(COMPLIANCE, { query: { asOf: '2021-01-01' } })).json;
    expect(report.totals).toMatchObject({ systems: 30, approvedSystems: 0, dossiers: 0, unitsAllApproved: 0 });
    expect(report.narrative[0]).toBe(
      'Tính đến ngày 01/01/2021, Ủy ban nhân dân huyện Yên Định và các cơ quan, đơn vị trực thuộc có 30 hệ thống ' +
        'thông tin, trong đó 00 hệ thống đã được phê duyệt cấp độ (0%).',
    );
    expect(
      report.narrative.some((line: string) =>
        /^26 xã, thị trấn chưa xây dựng hồ sơ đề xuất cấp độ: .+ và 16 đơn vị khác\.$/.test(line),
      ),
    ).toBe(true);
    expect(report.narrative).toContain(
      `03 đơn vị sự nghiệp công lập chưa xây dựng hồ sơ đề xuất cấp độ: ${PSUS.join('; ')}.`,
    );
  });
});
