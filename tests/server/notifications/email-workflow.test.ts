import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { designations, notifications } from '#server/db/schema/index.js';
import { answersForLevel, makeAttachment, submittableBody } from '../../factories/dossiers.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { makeSystem } from '../../factories/systems.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, SO_TTTT, loadDemo, type Demo } from '../../support/demo.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';
import { EMAIL_TIMEOUT_MS, setEmail } from './email-helpers.js';
import { eventOf, notificationsOfEvent, step } from './notification-helpers.js';

/**
 * The whole path, with a real SMTP server: a step taken through the API, the dispatcher's notifications, the e-mail
 * job, the message in the mailbox. Everyone concerned has an address, so who receives mail is decided by the
 * policy and by their own choices alone: the reviewers who can act, not one who turned the kind off, not the
 * reviewers of another province; on a return, the preparers, with the reason.
 */
const PUBLIC_URL = 'https://capdo.example.vn';
let app: TestApp;
let demo: Demo;
let sink: SmtpSink;
let dossierId: string;
const address = (username: string) => `${username}@mail.example.vn`;

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await setupTestApp({ SMTP_URL: sink.url, PUBLIC_URL });
  demo = await loadDemo(app.db);
  const optedOut = await makeUser(app.db, {
    username: 'sotttt.thamdinh2',
    memberships: [{ organisationId: demo.org(SO_TTTT).id, role: 'appraiser' }],
  });
  const province = await makeOrganisation(app.db, { parent: null, kind: 'province', name: 'UBND tỉnh Nghệ An' });
  const department = await makeOrganisation(app.db, {
    parent: province,
    kind: 'department',
    name: 'Sở Thông tin và Truyền thông tỉnh Nghệ An',
  });
  await app.db
    .insert(designations)
    .values({ designatedOrganisationId: department.id, subtreeRootId: province.id, validFrom: '2016-07-01' });
  await makeUser(app.db, {
    username: 'nghean.thamdinh',
    memberships: [{ organisationId: department.id, role: 'appraiser' }],
  });
  for (const username of ['sotttt.thamdinh', 'sotttt.thamdinh2', 'nghean.thamdinh', 'dinhbinh.cntt', 'sotttt.lanhdao'])
    await setEmail(app.db, await demo.userId(username), address(username));

  // The second appraiser turns submissions off, through the account page's API.
  const own = await app.loginAs('sotttt.thamdinh2', optedOut.password);
  const saved = await own.request('PUT', '/api/notifications/preferences', {
    body: { delivery: { submitted: 'off' } },
  });
  expect(saved.status, saved.text).toBe(200);

  const systemId = (await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id, name: 'Cổng xã' })).id;
  const created = await (
    await app.as('dinhbinh.cntt')
  ).post('/api/dossiers', {
    body: {
      title: 'Hồ sơ đề xuất cấp độ 2 Cổng xã Định Bình',
      operatorOrganisationId: demo.org(DINH_BINH).id,
      regime: 'nd85',
      systems: [{ systemId, answers: answersForLevel[2] }],
      ...submittableBody(),
    },
  });
  expect(created.status, created.text).toBe(201);
  dossierId = created.json.id as string;
  await makeAttachment(app.db, dossierId);
});
afterAll(async () => {
  await app?.close();
  await sink?.close();
});

/** Waits until every e-mail the event's notifications asked for has left the queue; returns the mail received. */
async function mailOf(action: string) {
  const rows = await notificationsOfEvent(app.db, await eventOf(app.db, dossierId, action));
  await vi.waitFor(
    async () => {
      for (const { notification } of rows) {
        const [row] = await app.db
          .select({ state: notifications.emailState })
          .from(notifications)
          .where(eq(notifications.id, notification.id));
        expect(row?.state).not.toBe('queued');
      }
    },
    { timeout: EMAIL_TIMEOUT_MS, interval: 200 },
  );
  return sink.received.filter((mail) => mail.text.includes(`${PUBLIC_URL}/dossiers/${dossierId}`));
}

test('a submission is e-mailed to exactly the reviewer who can act and wants it', async () => {
  const before = sink.received.length;
  const submitted = await step(await app.as('dinhbinh.cntt'), dossierId, { action: 'submit', version: 1 });
  const mail = await mailOf('submit');
  expect(mail.flatMap((message) => message.to)).toEqual([address('sotttt.thamdinh')]);
  // Nobody else at all: not the opted-out appraiser, not Nghệ An's, not the approver, not the submitter.
  expect(sink.received.length - before).toBe(1);
  const [message] = mail;
  expect(message!.text).toContain('Hồ sơ đề xuất cấp độ 2 Cổng xã Định Bình');
  expect(message!.text).toContain(DINH_BINH);
  const [year, month, day] = submitted.stepDueOn!.split('-');
  expect(message!.text).toContain(`${day}/${month}/${year}`);
});

test('a return is e-mailed to its preparer with the reason', async () => {
  const before = sink.received.length;
  await step(await app.as('sotttt.thamdinh'), dossierId, {
    action: 'return',
    version: 2,
    comment: 'Bổ sung sơ đồ mạng',
  });
  const mail = (await mailOf('return')).filter((message) => sink.received.indexOf(message) >= before);
  expect(mail.flatMap((message) => message.to)).toEqual([address('dinhbinh.cntt')]);
  expect(sink.received.length - before).toBe(1);
  expect(mail[0]!.text).toContain('Bổ sung sơ đồ mạng');
});
