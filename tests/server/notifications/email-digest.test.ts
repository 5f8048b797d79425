import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { addCalendarDays } from '#shared/calendar/working-days.js';
import { notificationKinds, type NotificationKind } from '#shared/notifications/notifications.schemas.js';
import { notifications } from '#server/db/schema/index.js';
import type { NewNotification } from '#server/modules/notifications/deliver-notifications.js';
import { NOTIFICATION_DIGEST_QUEUE } from '#server/modules/notifications/digest-queue.js';
import { sendDigests, vietnamHour } from '#server/modules/notifications/digest-send.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { makeDossier, type DossierRow } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, loadDemo, type Demo } from '../../support/demo.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';
import { deliver, freshKey, setDelivery, setEmail } from './email-helpers.js';

/**
 * The daily digest, run by sendDigests at a chosen hour (the hourly job calls it with the clock's): one message
 * per person at their hour with everything waiting for it and the overdue steps of their inbox, none at another
 * hour, none twice. The people's hour is twelve hours from now, so the app's own hourly job never reaches them
 * while the file runs.
 */
const PUBLIC_URL = 'https://capdo.example.vn';
const everyKind = (mode: 'app' | 'digest') => Object.fromEntries(notificationKinds.map((kind) => [kind, mode]));

let app: TestApp;
let demo: Demo;
let sink: SmtpSink;
const hour = (vietnamHour(new Date()) + 12) % 24;
/** A moment at the people's digest hour (or `offset` hours later), `days` after today in Vietnam. */
const at = (days: number, offset = 0) =>
  new Date(`${addCalendarDays(todayInVietnam(), days)}T${String((hour + offset) % 24).padStart(2, '0')}:20:00+07:00`);
const deps = () => ({ db: app.db, env: app.env, mailer: app.background.mailer });

const appraiserAddress = 'thamdinh.digest@sotttt.example.vn';
let appraiser: string;
let visible: DossierRow;
let overdue: DossierRow;
let hidden: DossierRow;

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await setupTestApp({ SMTP_URL: sink.url, PUBLIC_URL });
  demo = await loadDemo(app.db);
  appraiser = await demo.userId('sotttt.thamdinh');
  await setEmail(app.db, appraiser, appraiserAddress);
  await setDelivery(app.db, appraiser, everyKind('digest'), hour);

  const dinhBinh = demo.org(DINH_BINH);
  const systems = [{ systemId: demo.systemOf(DINH_BINH).id }];
  visible = await makeDossier(app.db, {
    operatorOrganisationId: dinhBinh.id,
    systems,
    status: 'appraised',
    title: 'Hồ sơ cấp độ 2 - Hệ thống một cửa điện tử xã Định Bình',
  });
  // Waiting for the appraiser, due two months ago: overdue in their inbox (and past the reminders' catch-up,
  // so no reminder of the app's own schedule adds a notification while the file runs).
  overdue = await makeDossier(app.db, {
    operatorOrganisationId: dinhBinh.id,
    systems,
    status: 'submitted',
    title: 'Hồ sơ cấp độ 2 - Mạng nội bộ xã Định Bình (quá hạn)',
    stepStartedOn: addCalendarDays(todayInVietnam(), -90),
    stepDueOn: addCalendarDays(todayInVietnam(), -60),
  });
  // A province the appraiser has nothing to do with.
  const elsewhere = await makeOrganisation(app.db, {
    parent: null,
    kind: 'province',
    name: 'Ủy ban nhân dân tỉnh Khác',
  });
  hidden = await makeDossier(app.db, {
    operatorOrganisationId: elsewhere.id,
    systems: [{ systemId: (await makeSystem(app.db, { operatorOrganisationId: elsewhere.id })).id }],
    status: 'appraised',
    title: 'Hồ sơ của tỉnh khác',
  });
});
afterAll(async () => {
  await app?.close();
  await sink?.close();
});

const about = (dossier: DossierRow, kind: NotificationKind, userId = appraiser): NewNotification => ({
  userId,
  kind,
  dossierId: dossier.id,
  organisationId: dossier.operatorOrganisationId,
  details: { dossierTitle: dossier.title, organisationName: DINH_BINH, status: dossier.status },
  dedupeKey: freshKey(kind),
});

const statesOf = async (ids: string[]) =>
  Object.fromEntries(
    (
      await app.db
        .select({ id: notifications.id, state: notifications.emailState })
        .from(notifications)
        .where(inArray(notifications.id, ids))
    ).map((row) => [row.id, row.state]),
  );

test('the digest queue runs every hour on the hour, Vietnam time', async () => {
  const rows = await queryRows<{ cron: string; timezone: string }>(
    app.db,
    sql`select cron, timezone from pgboss.schedule where name = ${NOTIFICATION_DIGEST_QUEUE}`,
  );
  expect(rows).toEqual([{ cron: '0 * * * *', timezone: 'Asia/Ho_Chi_Minh' }]);
});

test('at the hour: one message with the digest items and overdue steps; none at another hour, none twice', async () => {
  // A person at the same hour who wants overdue steps in the digest but has none (an officer's steps have no
  // clock) and nothing waiting: no message. The rest in the app only, so no reminder of the app's own schedule
  // (an inspection coming up at Định Bình) can give them something to receive meanwhile.
  const officer = await demo.userId('dinhbinh.cntt');
  await setEmail(app.db, officer, 'binh.digest@dinhbinh.example.vn');
  await setDelivery(app.db, officer, { ...everyKind('app'), overdue: 'digest' }, hour);

  const systemId = demo.systemOf(DINH_BINH).id;
  const written = await deliver(app, [
    about(visible, 'appraised'),
    about(hidden, 'appraised'),
    {
      userId: appraiser,
      kind: 'inspectionDue',
      dossierId: null,
      organisationId: demo.org(DINH_BINH).id,
      details: {
        systemId,
        systemNames: ['Hệ thống kiểm tra định kỳ'],
        organisationName: DINH_BINH,
        dueOn: '2031-06-30',
      },
      dedupeKey: freshKey('inspection'),
    },
    {
      userId: appraiser,
      kind: 'reportDue',
      dossierId: null,
      organisationId: null,
      details: { reportKey: 'nd85Yearly', dueOn: '2031-11-30' },
      dedupeKey: freshKey('report'),
    },
  ]);
  expect(written.map((row) => row.emailState)).toEqual(['digest', 'digest', 'digest', 'digest']);
  const ids = written.map((row) => row.id);

  // Another hour: nothing for anyone, nothing claimed.
  expect(await sendDigests(deps(), at(0, 1))).toEqual({ sent: 0, failed: 0 });
  expect(sink.received).toHaveLength(0);
  expect(Object.values(await statesOf(ids))).toEqual(['digest', 'digest', 'digest', 'digest']);

  // The hour, twice at once (two processes): one message.
  const runs = await Promise.all([sendDigests(deps(), at(0)), sendDigests(deps(), at(0))]);
  expect(runs.map((run) => run.sent).sort()).toEqual([0, 1]);
  expect(runs.map((run) => run.failed)).toEqual([0, 0]);
  expect(sink.received).toHaveLength(1);
  const [mail] = sink.to(appraiserAddress);
  expect(mail!.subject).toBe(`[capdo] Tổng hợp thông báo ngày ${formatDay(at(0))}`);
  for (const body of [mail!.text, mail!.html]) {
    expect(body).toContain(`Hồ sơ chờ phê duyệt: ${visible.title}`);
    expect(body).toContain(`${PUBLIC_URL}/dossiers/${visible.id}`);
    expect(body).toContain('Hệ thống kiểm tra định kỳ');
    expect(body).toContain('30/06/2031');
    expect(body).toContain(`${PUBLIC_URL}/systems/${systemId}`);
    expect(body).toContain('Báo cáo hằng năm về hệ thống cấp độ 3 trở lên');
    expect(body).toContain(`${PUBLIC_URL}/reports`);
    expect(body).toContain(`Quá hạn xử lý: ${overdue.title}`);
    expect(body).toContain(`${PUBLIC_URL}/dossiers/${overdue.id}`);
    expect(body).toContain(DINH_BINH);
    expect(body).not.toContain(hidden.title);
  }
  expect(mail!.text).toContain('Thông báo mới (3)');
  expect(mail!.text).toMatch(/Hạn xử lý: \d\d\/\d\d\/\d{4} \(quá hạn \d+ ngày làm việc\)/);
  expect(mail!.text).toContain(`lúc ${hour} giờ hằng ngày`);

  const states = await statesOf(ids);
  expect(ids.map((id) => states[id])).toEqual(['sent', 'skipped', 'sent', 'sent']);
  const [sent] = await app.db.select().from(notifications).where(eq(notifications.id, ids[0]!));
  expect(sent!.emailedAt).toBeInstanceOf(Date);

  // Again within the day: the day is taken, nothing more; a notification arriving now waits for tomorrow.
  const [later] = await deliver(app, [about(visible, 'approved')]);
  expect(await sendDigests(deps(), at(0))).toEqual({ sent: 0, failed: 0 });
  expect(sink.received).toHaveLength(1);
  expect((await statesOf([later!.id]))[later!.id]).toBe('digest');

  // Tomorrow at the hour: the waiting one, and the overdue step still waiting.
  expect(await sendDigests(deps(), at(1))).toEqual({ sent: 1, failed: 0 });
  expect(sink.received).toHaveLength(2);
  const next = sink.received[1]!;
  expect(next.to).toEqual([appraiserAddress]);
  expect(next.text).toContain('Thông báo mới (1)');
  expect(next.text).toContain(`Hồ sơ đã được phê duyệt: ${visible.title}`);
  expect(next.text).toContain(`Quá hạn xử lý: ${overdue.title}`);
  expect(next.text).not.toContain('Hệ thống kiểm tra định kỳ');
  expect(sink.to('binh.digest@dinhbinh.example.vn')).toEqual([]);
});

function formatDay(moment: Date): string {
  const [year, month, day] = todayInVietnam(moment).split('-');
  return `${day}/${month}/${year}`;
}
