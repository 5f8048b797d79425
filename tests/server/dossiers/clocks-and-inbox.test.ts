import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { addCalendarDays, dueDate, isWorkingDay, workingDaysBetween } from '#shared/calendar/working-days.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { designations, holidays } from '#server/db/schema/index.js';
import { loadWorkingCalendar, todayInVietnam } from '#server/modules/calendar/load-calendar.js';
import { stepClock } from '#server/modules/dossiers/step-clock.js';
import { makeDossier, makeSubmittableDossier } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const { nd85, nd331 } = defaultRegimes;

describe('clocks', () => {
  test('submitted Tue 25/4/2023: 5 working days of completeness skip 30/4-1/5, then 15 days of appraisal', async () => {
    const calendar = await loadWorkingCalendar(app.db);
    // 26, 27, 28/4, (weekend, holidays 1-3/5), 4, 5/5 -> complete on
    // 5/5; nd85 counts 15 calendar days, nd331 15 working days.
    expect(stepClock(nd85, calendar, 'submitted', 2, '2023-04-25')).toEqual({
      stepStartedOn: '2023-04-25',
      stepDueOn: '2023-05-20',
    });
    expect(stepClock(nd331, calendar, 'submitted', 3, '2023-04-25')).toEqual({
      stepStartedOn: '2023-04-25',
      stepDueOn: '2023-05-26',
    });
    // Levels 4-5: 30 days (nd85) after completeness.
    expect(stepClock(nd85, calendar, 'submitted', 4, '2023-04-25').stepDueOn).toBe('2023-06-04');
    // Approval: 7 working days; 1/9 and 4/9/2023 are the National Day holidays.
    expect(stepClock(nd85, calendar, 'appraised', 2, '2023-08-30').stepDueOn).toBe('2023-09-12');
    expect(stepClock(nd85, calendar, 'opinionRequested', 4, '2023-08-30').stepDueOn).toBe('2023-09-29');
    for (const status of ['drafting', 'returned', 'approved', 'withdrawn', 'superseded'] as const) {
      expect(stepClock(nd85, calendar, status, 2, '2023-08-30')).toEqual({ stepStartedOn: null, stepDueOn: null });
    }
  });

  test('a submission today takes its due date from the holidays table: a holiday added tomorrow moves it', async () => {
    const today = todayInVietnam();
    const before = await loadWorkingCalendar(app.db);
    let holiday = addCalendarDays(today, 1);
    while (!isWorkingDay(before, holiday)) holiday = addCalendarDays(holiday, 1);
    await app.db.insert(holidays).values({ date: holiday, name: 'Ngày nghỉ thử nghiệm' });
    const calendar = await loadWorkingCalendar(app.db);
    const expected = dueDate(calendar, dueDate(calendar, today, nd85.clocks.completeness), nd85.clocks.appraisal[2]);
    const withoutHoliday = dueDate(before, dueDate(before, today, nd85.clocks.completeness), nd85.clocks.appraisal[2]);
    expect(expected).not.toBe(withoutHoliday);

    const dossier = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: 2 }],
      regime: 'nd85',
    });
    const res = await (
      await app.as('dinhbinh.cntt')
    ).post(`/api/dossiers/${dossier.id}/transitions`, { body: { action: 'submit', version: 1 } });
    expect(res.json).toMatchObject({ status: 'submitted', stepStartedOn: today, stepDueOn: expected, overdue: false });

    const appraised = await (
      await app.as('sotttt.thamdinh')
    ).post(`/api/dossiers/${dossier.id}/transitions`, {
      body: {
        action: 'appraise',
        version: 2,
        conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
      },
    });
    expect(appraised.json).toMatchObject({
      status: 'appraised',
      stepStartedOn: today,
      stepDueOn: dueDate(calendar, today, nd85.clocks.approval),
    });
    await app.db.delete(holidays).where(eq(holidays.date, holiday));
  });

  test('overdue: an open step past its due date; not on the due date itself, never a returned dossier', async () => {
    const today = todayInVietnam();
    const make = (status: 'submitted' | 'returned' | 'appraised', stepDueOn: string) =>
      makeDossier(app.db, {
        operatorOrganisationId: demo.org(DINH_BINH).id,
        systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
        status,
        stepDueOn,
      });
    const late = await make('submitted', addCalendarDays(today, -1));
    const dueToday = await make('appraised', today);
    const returned = await make('returned', addCalendarDays(today, -30));
    const client = await app.as('dinhbinh.cntt');
    expect((await client.get(`/api/dossiers/${late.id}`)).json.overdue).toBe(true);
    expect((await client.get(`/api/dossiers/${dueToday.id}`)).json.overdue).toBe(false);
    expect((await client.get(`/api/dossiers/${returned.id}`)).json.overdue).toBe(false);
    const list = await client.get('/api/dossiers', { query: { status: 'submitted', limit: 500 } });
    expect(list.json.items.find((d: { id: string }) => d.id === late.id).overdue).toBe(true);
  });
});

describe('GET /api/inbox', () => {
  /**
   * A province of its own (its own designated unit), so the demo's dossiers never enter these inboxes.
   */
  let people: Record<'appraiser' | 'approver' | 'officer' | 'reporter', ApiClient>;
  let d: Record<string, string>;
  beforeAll(async () => {
    const root = await makeOrganisation(app.db, {
      parent: null,
      kind: 'province',
      name: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
    });
    const so = await makeOrganisation(app.db, { parent: root, kind: 'department', name: 'Sở Thử Nghiệm' });
    const district = await makeOrganisation(app.db, {
      parent: root,
      kind: 'district',
      name: 'Ủy ban nhân dân huyện Thử Nghiệm',
    });
    const commune = await makeOrganisation(app.db, {
      parent: district,
      kind: 'commune',
      name: 'Ủy ban nhân dân xã Thử Nghiệm',
    });
    await app.db
      .insert(designations)
      .values({ designatedOrganisationId: so.id, subtreeRootId: root.id, validFrom: '2016-07-01' });
    const users = {
      appraiser: await makeUser(app.db, {
        username: 'tn.thamdinh',
        memberships: [{ organisationId: so.id, role: 'appraiser' }],
      }),
      approver: await makeUser(app.db, {
        username: 'tn.lanhdao',
        memberships: [{ organisationId: so.id, role: 'approver' }],
      }),
      officer: await makeUser(app.db, {
        username: 'tn.cntt',
        memberships: [{ organisationId: commune.id, role: 'officer' }],
      }),
      reporter: await makeUser(app.db, {
        username: 'tn.tonghop',
        memberships: [{ organisationId: district.id, role: 'reporter' }],
      }),
    };
    people = Object.fromEntries(
      await Promise.all(
        Object.entries(users).map(async ([key, user]) => [key, await app.loginAs(user.username, user.password)]),
      ),
    );
    const system = await makeSystem(app.db, { operatorOrganisationId: commune.id, ownerOrganisationId: district.id });
    const today = todayInVietnam();
    const at = (days: number) => addCalendarDays(today, days);
    const dossier = async (
      status: Parameters<typeof makeDossier>[1]['status'],
      extra: Partial<Parameters<typeof makeDossier>[1]> = {},
    ) =>
      (
        await makeDossier(app.db, {
          operatorOrganisationId: commune.id,
          systems: [{ systemId: system.id, level: 2 }],
          status,
          preparedBy: users.officer.id,
          submittedBy: users.officer.id,
          ...extra,
        })
      ).id;
    d = {
      dueSoon: await dossier('submitted', { stepDueOn: at(5) }),
      overdue: await dossier('submitted', { stepDueOn: at(-3) }),
      undated: await dossier('submitted'),
      ownByAppraiser: await dossier('submitted', { stepDueOn: at(-10), preparedBy: users.appraiser.id }),
      opinion: await dossier('opinionRequested', { stepDueOn: at(20), systems: [{ systemId: system.id, level: 4 }] }),
      toApprove: await dossier('appraised', { stepDueOn: at(2), appraisedBy: users.appraiser.id }),
      ownerApproves: await dossier('appraised', {
        stepDueOn: at(1),
        appraisedBy: users.appraiser.id,
        systems: [{ systemId: system.id, level: 3 }],
      }),
      drafting: await dossier('drafting', { submittedBy: null, createdAt: new Date('2023-01-01T00:00:00Z') }),
      returned: await dossier('returned', { createdAt: new Date('2023-02-01T00:00:00Z') }),
      approved: await dossier('approved'),
    };
  });

  const inboxOf = async (client: ApiClient, query: Record<string, number> = {}) => {
    const res = await client.get('/api/inbox', { query });
    expect(res.status).toBe(200);
    return res.json as {
      items: Array<{
        id: string;
        daysLeft: number | null;
        stepDueOn: string | null;
        abilities: Record<string, boolean>;
      }>;
      total: number;
    };
  };
  const nameOf = (id: string) => Object.entries(d).find(([, value]) => value === id)?.[0] ?? id;

  test('the appraiser: what to appraise, return or give an opinion on, most urgent first, not their own', async () => {
    const inbox = await inboxOf(people.appraiser);
    expect(inbox.items.map((item) => nameOf(item.id))).toEqual(['overdue', 'dueSoon', 'opinion', 'undated']);
    expect(inbox.total).toBe(4);
    const calendar = await loadWorkingCalendar(app.db);
    const today = todayInVietnam();
    for (const item of inbox.items)
      expect(item.daysLeft).toBe(item.stepDueOn ? workingDaysBetween(calendar, today, item.stepDueOn) : null);
    expect(inbox.items[0]!.daysLeft).toBeLessThan(0);
    expect(inbox.items[1]!.daysLeft).toBeGreaterThan(0);
    expect(inbox.items[0]!.abilities).toMatchObject({ appraise: true, return: true });
    expect(inbox.items[2]!.abilities).toMatchObject({ giveOpinion: true });
  });

  test("the Sở's approver: the appraised level-2 dossier, not the level-3 one its owner approves", async () => {
    const inbox = await inboxOf(people.approver);
    // Leaders also give professional opinions (levels 4-5).
    expect(inbox.items.map((item) => nameOf(item.id))).toEqual(['toApprove', 'opinion']);
    expect(inbox.items.find((item) => item.id === d.toApprove)!.abilities.approve).toBe(true);
  });

  test('the officer: their drafting and returned dossiers; a reporter: nothing', async () => {
    expect((await inboxOf(people.officer)).items.map((item) => nameOf(item.id))).toEqual(['drafting', 'returned']);
    expect(await inboxOf(people.reporter)).toEqual({ items: [], total: 0 });
  });

  test('pages keep the order and the total', async () => {
    const page = await inboxOf(people.appraiser, { limit: 2, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.items.map((item) => nameOf(item.id))).toEqual(['dueSoon', 'opinion']);
  });
});
