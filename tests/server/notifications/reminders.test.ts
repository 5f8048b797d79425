import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { addCalendarDays, addWorkingDays, type WorkingCalendar } from '#shared/calendar/working-days.js';
import { nextInspectionDue } from '#shared/regimes/inspections.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { dossiers, informationSystems, notifications, users } from '#server/db/schema/index.js';
import { loadWorkingCalendar } from '#server/modules/calendar/load-calendar.js';
import { REMINDER_QUEUE } from '#server/modules/notifications/reminder-queue.js';
import { runReminders, type ReminderDeps } from '#server/modules/notifications/reminders.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { makeDossier } from '../../factories/dossiers.js';
import { FACTORY_PASSWORD } from '../../factories/passwords.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, loadDemo, SO_TTTT, type Demo } from '../../support/demo.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';

/*
 * The reminders on a copy of the demo, as of days chosen around the National Day holidays of 2024 (Monday 2/9 and
 * Tuesday 3/9 off), far from the real date, so nothing depends on when the tests run and the queue's own runs (as
 * of the real day) write none of the keys asserted here.
 */
const FRIDAY = '2024-08-30';

let sink: SmtpSink;
let app: TestApp;
let demo: Demo;
let calendar: WorkingCalendar;
let deps: ReminderDeps;
let dinhBinhSystemName: string;

/** People made for these tests, by name. */
const people: Record<string, string> = {};
const emailOf: Record<string, string> = {};

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await setupTestApp({ SMTP_URL: sink.url });
  demo = await loadDemo(app.db);
  calendar = await loadWorkingCalendar(app.db);
  deps = { db: app.db, jobs: app.background.jobs, mailer: app.background.mailer };
  dinhBinhSystemName = demo.systemOf(DINH_BINH).name;

  const so = demo.org(SO_TTTT).id;
  const make = async (
    name: string,
    organisationId: string,
    role: 'appraiser' | 'officer' | 'reporter',
    disabled = false,
  ) => {
    const user = await makeUser(app.db, {
      username: `reminders.${name.toLowerCase()}`,
      memberships: [{ organisationId, role }],
      disabled,
    });
    people[name] = user.id;
  };
  await make('appraiser2', so, 'appraiser');
  await make('appraiserOff', so, 'appraiser');
  await make('appraiserDisabled', so, 'appraiser', true);
  await make('officerDisabled', demo.org(DINH_BINH).id, 'officer', true);
  await make('officerDinhCong', demo.org(DINH_CONG).id, 'officer');
  await make('reporter2', demo.org(DINH_BINH).id, 'reporter');
  await make('reporterDisabled', demo.org(DISTRICT).id, 'reporter', true);
  for (const username of ['sotttt.thamdinh', 'sotttt.lanhdao', 'dinhbinh.cntt', 'yendinh.cntt', 'yendinh.tonghop'])
    people[username] = await demo.userId(username);
  // Every one of them has an address, so an e-mail that should not leave would reach the sink.
  for (const [name, id] of Object.entries(people)) {
    emailOf[name] = `${name}@reminders.example.vn`;
    await app.db.update(users).set({ email: emailOf[name] }).where(eq(users.id, id));
  }
}, 60_000);

afterAll(async () => {
  await app?.close();
  await sink?.close();
});

const nameOf = (userId: string) => Object.entries(people).find(([, id]) => id === userId)?.[0] ?? userId;

/** Who holds a notification with this key (names, sorted), and the rows. */
async function holders(dedupeKey: string) {
  const rows = await app.db.select().from(notifications).where(eq(notifications.dedupeKey, dedupeKey));
  return { names: rows.map((row) => nameOf(row.userId)).sort(), rows };
}

const stepKey = (kind: 'dueSoon' | 'overdue', dossier: { id: string }, version: number) =>
  `${kind}:${dossier.id}:v${version}`;

/** A dossier of the commune Định Bình waiting for appraisal by the Sở (level 2, nd85), due on `stepDueOn`. */
const submittedDossier = (stepDueOn: string, title: string) =>
  makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: 2 }],
    status: 'submitted',
    title,
    preparedBy: people['dinhbinh.cntt']!,
    submittedBy: people['dinhbinh.cntt']!,
    stepStartedOn: '2024-08-01',
    stepDueOn,
  });

/** Waits until the e-mail queue has had time to send what it was given (and anything it should not have). */
async function settledMail(expected: number) {
  await sink.waitFor(expected);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

const mailCount = (name: string) => sink.to(emailOf[name]!).length;

describe('dossier steps', () => {
  let dueSoon: Awaited<ReturnType<typeof submittedDossier>>;

  test('the queue runs every 15 minutes in Vietnam time, and its job completes', async () => {
    const rows = await queryRows<{ cron: string; timezone: string }>(
      app.db,
      sql`select cron, timezone from pgboss.schedule where name = ${REMINDER_QUEUE}`,
    );
    expect(rows).toEqual([{ cron: '*/15 * * * *', timezone: 'Asia/Ho_Chi_Minh' }]);
    // A run as the schedule sends it (as of the real day, whose reminders these tests never assert).
    const id = await app.background.jobs.send(REMINDER_QUEUE, {});
    let state = '';
    for (let waited = 0; state !== 'completed' && state !== 'failed' && waited < 20_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const [job] = await queryRows<{ state: string }>(app.db, sql`select state from pgboss.job where id = ${id}`);
      state = job?.state ?? '';
    }
    expect(state).toBe('completed');
  }, 60_000);

  test('due soon: one reminder per person who must act, once, with one e-mail each', async () => {
    // The holidays put the second working day after Friday 30/8 on Thursday 5/9, six calendar days on.
    const dueOn = addWorkingDays(calendar, FRIDAY, 2);
    expect(dueOn).toBe('2024-09-05');
    dueSoon = await submittedDossier(dueOn, 'Hồ sơ nhắc hạn sắp đến');
    const later = await submittedDossier(addWorkingDays(calendar, FRIDAY, 3), 'Hồ sơ còn ba ngày');
    const off = await app.loginAs('reminders.appraiseroff', FACTORY_PASSWORD);
    const chosen = await off.request('PUT', '/api/notifications/preferences', {
      body: { delivery: { dueSoon: 'off' } },
    });
    expect(chosen.status).toBe(200);
    expect(chosen.json.delivery.dueSoon).toBe('off');

    const mailBefore = sink.received.length;
    const first = await runReminders(deps, FRIDAY);
    const second = await runReminders(deps, FRIDAY);
    expect(first.dueSoon).toBe(2);
    expect(second.dueSoon).toBe(0);

    // The appraisers of the designated unit; not the approver (nothing to approve yet), not the commune's officer
    // who prepared it, not the one who turned 'dueSoon' off, not the disabled one.
    const { names, rows } = await holders(stepKey('dueSoon', dueSoon, 1));
    expect(names).toEqual(['appraiser2', 'sotttt.thamdinh']);
    for (const row of rows) {
      expect(row.kind).toBe('dueSoon');
      expect(row.dossierId).toBe(dueSoon.id);
      expect(row.organisationId).toBe(demo.org(DINH_BINH).id);
      expect(row.details).toEqual({
        dossierTitle: 'Hồ sơ nhắc hạn sắp đến',
        organisationName: DINH_BINH,
        systemNames: [dinhBinhSystemName],
        status: 'submitted',
        dueOn: '2024-09-05',
        workingDays: 2,
      });
    }
    // Three working days away is not yet "soon" (the default is two).
    const notYet = await app.db.select().from(notifications).where(eq(notifications.dossierId, later.id));
    expect(notYet).toEqual([]);
    // Out of the way: its own reminders in the days below would only blur the counts of e-mails.
    await app.db.delete(dossiers).where(eq(dossiers.id, later.id));

    await settledMail(mailBefore + 2);
    expect(mailCount('sotttt.thamdinh')).toBe(1);
    expect(mailCount('appraiser2')).toBe(1);
    expect(mailCount('appraiserOff')).toBe(0);
    expect(mailCount('appraiserDisabled')).toBe(0);
    expect(sink.to(emailOf['sotttt.thamdinh']!)[0]!.subject).toContain('Hồ sơ nhắc hạn sắp đến');
    const states = await holders(stepKey('dueSoon', dueSoon, 1));
    expect(states.rows.map((row) => row.emailState)).toEqual(['sent', 'sent']);

    // It is in the bell of the person who must act.
    const bell = await (await app.as('sotttt.thamdinh')).get('/api/notifications');
    expect(
      bell.json.items.some(
        (item: { kind: string; dossierId: string }) => item.kind === 'dueSoon' && item.dossierId === dueSoon.id,
      ),
    ).toBe(true);
  }, 60_000);

  test('overdue: once a working day after the date, once, on later days too and from two runs at once', async () => {
    // Thursday 5/9 is still the due day; Friday 6/9 is one working day late; Monday 9/9 two.
    expect((await runReminders(deps, '2024-09-05')).overdue).toBe(0);
    expect((await holders(stepKey('dueSoon', dueSoon, 1))).rows).toHaveLength(2);
    const mailBefore = sink.received.length;
    const [a, b] = await Promise.all([runReminders(deps, '2024-09-06'), runReminders(deps, '2024-09-06')]);
    expect(a.overdue + b.overdue).toBe(3);
    expect((await runReminders(deps, '2024-09-09')).overdue).toBe(0);

    const { names, rows } = await holders(stepKey('overdue', dueSoon, 1));
    // The one who turned off only 'dueSoon' is told it is late.
    expect(names).toEqual(['appraiser2', 'appraiserOff', 'sotttt.thamdinh']);
    expect(rows.map((row) => row.details.workingDays)).toEqual([1, 1, 1]);
    await settledMail(mailBefore + 3);
    expect(mailCount('sotttt.thamdinh')).toBe(2);
    expect(mailCount('appraiser2')).toBe(2);
    expect(mailCount('appraiserOff')).toBe(1);
    expect(mailCount('sotttt.lanhdao')).toBe(0);
  }, 60_000);

  test('a step done is not reminded; the step it opens has reminders of its own', async () => {
    const tuesday = '2024-09-10';
    const dueOn = addWorkingDays(calendar, tuesday, 1);
    const returned = await submittedDossier(dueOn, 'Hồ sơ đã trả lại');
    const appraised = await submittedDossier(dueOn, 'Hồ sơ đã thẩm định');
    const appraiser = await app.as('sotttt.thamdinh');
    expect(
      (
        await appraiser.post(`/api/dossiers/${returned.id}/transitions`, {
          body: { action: 'return', version: 1, comment: 'Bổ sung sơ đồ mạng' },
        })
      ).status,
    ).toBe(200);
    const done = await appraiser.post(`/api/dossiers/${appraised.id}/transitions`, {
      body: {
        action: 'appraise',
        version: 1,
        conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
      },
    });
    expect(done.json).toMatchObject({ status: 'appraised', version: 2 });
    // The approval's clock started on the real day; put its date one working day after Tuesday.
    await app.db.update(dossiers).set({ stepDueOn: dueOn }).where(eq(dossiers.id, appraised.id));

    await runReminders(deps, tuesday);
    await runReminders(deps, addWorkingDays(calendar, tuesday, 2));
    for (const dossier of [returned, appraised]) {
      expect((await holders(stepKey('dueSoon', dossier, 1))).rows).toEqual([]);
      expect((await holders(stepKey('overdue', dossier, 1))).rows).toEqual([]);
    }
    expect((await holders(stepKey('dueSoon', returned, 2))).rows).toEqual([]);
    expect((await holders(stepKey('overdue', returned, 2))).rows).toEqual([]);
    // The approval step: to the approver alone (the appraiser may not approve what they appraised).
    expect((await holders(stepKey('dueSoon', appraised, 2))).names).toEqual(['sotttt.lanhdao']);
    expect((await holders(stepKey('overdue', appraised, 2))).names).toEqual(['sotttt.lanhdao']);
    const [reminder] = (await holders(stepKey('dueSoon', appraised, 2))).rows;
    expect(reminder!.details).toMatchObject({ status: 'appraised', dueOn, workingDays: 1 });
  }, 60_000);
  test('a process remembers the steps it reminded and does not ask the policy again about them', async () => {
    const monday = '2024-09-16';
    const dossier = await submittedDossier(addWorkingDays(calendar, monday, 1), 'Hồ sơ đã nhắc trong tiến trình');
    const stepsReminded = new Set<string>();
    await runReminders({ ...deps, stepsReminded }, monday);
    const key = stepKey('dueSoon', dossier, 1);
    expect(stepsReminded.has(key)).toBe(true);
    // Someone who may appraise from now on: the process that reminded the step does not look again ...
    const newcomer = await makeUser(app.db, {
      memberships: [{ organisationId: demo.org(SO_TTTT).id, role: 'appraiser' }],
    });
    people.newcomer = newcomer.id;
    await runReminders({ ...deps, stepsReminded }, monday);
    expect((await holders(key)).names).not.toContain('newcomer');
    // ... another process (or this one after a restart) does, and only the newcomer is told.
    expect((await runReminders(deps, monday)).dueSoon).toBe(1);
    expect((await holders(key)).names).toContain('newcomer');
    // What a process remembers is only what is still in the window.
    await runReminders({ ...deps, stepsReminded }, '2024-10-16');
    expect(stepsReminded.has(key)).toBe(false);
    await app.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, newcomer.id));
  }, 60_000);

  test('a dossier whose stored review cannot be read is left out with a warning and holds back no other', async () => {
    const monday = '2024-09-23';
    const dueOn = addWorkingDays(calendar, monday, 1);
    const good = await submittedDossier(dueOn, 'Hồ sơ đọc được');
    const malformed = await submittedDossier(dueOn, 'Hồ sơ hỏng');
    await app.db
      .update(dossiers)
      .set({ review: sql`${JSON.stringify({ returns: 'not a list' })}::jsonb` })
      .where(eq(dossiers.id, malformed.id));
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The reading of the stored review logs the whole problem for the administrator (readReview).
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect((await runReminders(deps, monday)).dueSoon).toBe(2);
      expect(warned.mock.calls.flat().join(' ')).toContain(malformed.id);
    } finally {
      warned.mockRestore();
      logged.mockRestore();
    }
    expect((await holders(stepKey('dueSoon', good, 1))).names).toEqual(['appraiser2', 'sotttt.thamdinh']);
    expect((await holders(stepKey('dueSoon', malformed, 1))).rows).toEqual([]);
  }, 60_000);
});

describe('periodic inspections', () => {
  test('due in 20 days: one reminder to each officer over the operating unit, once', async () => {
    const dueOn = addCalendarDays(FRIDAY, 20);
    // nd85 inspects level-2 systems every 24 months from the approval.
    const approvedOn = '2022-09-19';
    expect(nextInspectionDue(24, approvedOn, FRIDAY)).toBe(dueOn);
    const operatorOrganisationId = demo.org(DINH_BINH).id;
    const approved = { approvedLevel: 2, approvalRegime: 'nd85' as const, operatorOrganisationId };
    const system = await makeSystem(app.db, { ...approved, approvalDecisionDate: approvedOn });
    // 31 days away, decommissioned, and never approved: none of them is reminded.
    const farther = await makeSystem(app.db, { ...approved, approvalDecisionDate: '2022-09-30' });
    const decommissioned = await makeSystem(app.db, {
      ...approved,
      approvalDecisionDate: approvedOn,
      status: 'decommissioned',
    });
    const unapproved = await makeSystem(app.db, { operatorOrganisationId });

    await runReminders(deps, FRIDAY);
    expect((await runReminders(deps, FRIDAY)).inspectionDue).toBe(0);
    const { names, rows } = await holders(`inspection:${system.id}:${dueOn}`);
    expect(names).toEqual(['dinhbinh.cntt', 'yendinh.cntt']);
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'inspectionDue', dossierId: null, organisationId: operatorOrganisationId });
      expect(row.details).toEqual({
        systemId: system.id,
        systemNames: [system.name],
        organisationName: DINH_BINH,
        dueOn,
      });
    }
    const others = await app.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'inspectionDue'),
          inArray(sql`${notifications.details}->>'systemId'`, [farther.id, decommissioned.id, unapproved.id]),
        ),
      );
    expect(others).toEqual([]);
  }, 60_000);

  test("the date in SQL is nextInspectionDue()'s for every system of the demo (month ends included)", async () => {
    // The communes' systems were approved between 11/2022 and 3/2023, so their next inspections fall late 2024
    // and early 2025: each day below has some within 30 days and some outside.
    // Level 5 is inspected every 6 months: from 31/8/2023, on 29/2/2024, 31/8/2024 and 28/2/2025.
    const monthEnds = await makeSystem(app.db, {
      approvedLevel: 5,
      approvalRegime: 'nd85',
      approvalDecisionDate: '2023-08-31',
      operatorOrganisationId: demo.org(DINH_BINH).id,
    });
    const systems = await app.db.select().from(informationSystems);
    // The district's officer is over every one of them.
    const heldByDistrictOfficer = async () =>
      (
        await app.db
          .select({ key: notifications.dedupeKey })
          .from(notifications)
          .where(and(eq(notifications.userId, people['yendinh.cntt']!), like(notifications.dedupeKey, 'inspection:%')))
      ).map((row) => row.key);
    for (const today of ['2024-10-25', '2025-01-20', '2025-02-15']) {
      const before = new Set(await heldByDistrictOfficer());
      await runReminders(deps, today);
      const limit = addCalendarDays(today, 30);
      const expected = systems
        .filter((s) => s.approvedLevel && s.approvalDecisionDate && s.status !== 'decommissioned')
        .map((s) => {
          const months = defaultRegimes[s.approvalRegime!].inspectionMonths[s.approvedLevel as 1 | 2 | 3 | 4 | 5];
          return { s, due: nextInspectionDue(months, s.approvalDecisionDate!, today) };
        })
        .filter(({ due }) => due <= limit)
        .map(({ s, due }) => `inspection:${s.id}:${due}`)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      // Every inspection within 30 days is held (some from an earlier day's run), and this run wrote no other.
      const after = await heldByDistrictOfficer();
      expect(expected.filter((key) => !after.includes(key))).toEqual([]);
      expect(after.filter((key) => !before.has(key) && !expected.includes(key))).toEqual([]);
      expect(after.length).toBeGreaterThan(before.size);
    }
    expect((await holders(`inspection:${monthEnds.id}:2025-02-28`)).names).toEqual(['dinhbinh.cntt', 'yendinh.cntt']);
  }, 60_000);
});

describe('yearly reports', () => {
  test('a deadline 10 days away: one reminder to each active reporter, not 15 days before', async () => {
    const key = 'report:nd85Yearly:2024-11-30';
    await runReminders(deps, '2024-11-15');
    expect((await holders(key)).rows).toEqual([]);

    await runReminders(deps, '2024-11-20');
    expect((await runReminders(deps, '2024-11-21')).reportDue).toBe(0);
    const { names, rows } = await holders(key);
    expect(names).toEqual(['reporter2', 'yendinh.tonghop']);
    for (const row of rows)
      expect(row).toMatchObject({
        kind: 'reportDue',
        dossierId: null,
        details: { reportKey: 'nd85Yearly', dueOn: '2024-11-30' },
      });
    // nd331's form 08 is not due before the regime is in force (19/8/2026).
    expect((await holders('report:nd331Internal:2024-12-20')).rows).toEqual([]);
  }, 60_000);

  test('under nd331: the internal deadline 10 days away is reminded, the Ministry one 15 days away not', async () => {
    await runReminders(deps, '2030-12-10');
    expect((await holders('report:nd331Internal:2030-12-20')).names).toEqual(['reporter2', 'yendinh.tonghop']);
    expect((await holders('report:nd331Ministry:2030-12-25')).rows).toEqual([]);
  }, 60_000);
});
