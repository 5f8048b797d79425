import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { memberships, users } from '#server/db/schema/index.js';
import {
  deliverNotifications,
  NOTIFICATION_EMAIL_QUEUE,
  type NewNotification,
} from '#server/modules/notifications/deliver-notifications.js';
import { makeDossier, type DossierRow } from '../../factories/dossiers.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, loadDemo, type Demo } from '../../support/demo.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';
import {
  deliver,
  EMAIL_TIMEOUT_MS,
  emailJobsOf,
  freshKey,
  setDelivery,
  setEmail,
  settledEmailState,
} from './email-helpers.js';

/**
 * The instant e-mail ('email' delivery mode) end to end: deliverNotifications queues a job in its transaction, the
 * app's own pg-boss worker runs email-jobs.ts, and nodemailer hands the message to a real SMTP server.
 */
const PUBLIC_URL = 'https://capdo.example.vn';
let app: TestApp;
let demo: Demo;
let sink: SmtpSink;
let dossier: DossierRow;

beforeAll(async () => {
  sink = await startSmtpSink();
  app = await setupTestApp({ SMTP_URL: sink.url, PUBLIC_URL });
  demo = await loadDemo(app.db);
  // Returned: a status without a clock, so no reminder of the app's own schedule adds a message to these tests.
  dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status: 'returned',
    title: 'Hồ sơ đề xuất cấp độ 2 - Cổng thông tin điện tử xã Định Bình',
  });
});
afterAll(async () => {
  await app?.close();
  await sink?.close();
});

/** A return of the test's dossier, as the workflow's dispatcher would describe it. */
const returned = (userId: string, details: Partial<NewNotification['details']> = {}): NewNotification => ({
  userId,
  kind: 'returned',
  dossierId: dossier.id,
  organisationId: dossier.operatorOrganisationId,
  details: {
    dossierTitle: dossier.title,
    organisationName: DINH_BINH,
    systemNames: [demo.systemOf(DINH_BINH).name],
    status: 'returned',
    dueOn: '2025-03-14',
    actorName: 'Lê Thị Thẩm Định',
    comment: 'Bổ sung sơ đồ mạng và phương án ứng cứu sự cố.',
    ...details,
  },
  dedupeKey: freshKey('returned'),
});

/** Waits until every e-mail job of the notification has finished (none created, active or waiting to retry). */
async function jobsFinished(notificationId: string, count: number) {
  await vi.waitFor(
    async () => {
      const jobs = await emailJobsOf(app.db, notificationId);
      expect(jobs.map((job) => job.state)).toEqual(Array(count).fill('completed'));
    },
    { timeout: EMAIL_TIMEOUT_MS, interval: 200 },
  );
}

test("'email' mode: exactly one message, naming the dossier, unit, step and due date, with its link", async () => {
  const userId = await demo.userId('dinhbinh.cntt');
  const address = 'binh.instant@dinhbinh.example.vn';
  await setEmail(app.db, userId, address);
  await setDelivery(app.db, userId, { returned: 'email' });

  const [row] = await deliver(app, [returned(userId)]);
  expect(row?.emailState).toBe('queued');
  const settled = await settledEmailState(app.db, row!.id);
  expect(settled.emailState).toBe('sent');
  expect(settled.emailedAt).toBeInstanceOf(Date);

  const [mail, ...others] = sink.to(address);
  expect(others).toEqual([]);
  expect(mail!.to).toEqual([address]);
  expect(mail!.subject).toBe(`[capdo] Hồ sơ được yêu cầu bổ sung: ${dossier.title}`);
  for (const body of [mail!.text, mail!.html]) {
    expect(body).toContain('Phạm Văn Bình');
    expect(body).toContain(dossier.title);
    expect(body).toContain(DINH_BINH);
    expect(body).toContain('Yêu cầu bổ sung');
    expect(body).toContain('14/03/2025');
    expect(body).toContain('Bổ sung sơ đồ mạng và phương án ứng cứu sự cố.');
    expect(body).toContain(`${PUBLIC_URL}/dossiers/${dossier.id}`);
    expect(body).toContain(`${PUBLIC_URL}/account`);
  }
  expect(mail!.parsed.from?.text).toContain('capdo');

  // At least once: the same job run again (a retry, a restored backup) finds the e-mail sent and sends nothing.
  await app.background.jobs.send(NOTIFICATION_EMAIL_QUEUE, { notificationId: row!.id });
  await jobsFinished(row!.id, 2);
  expect(sink.to(address)).toHaveLength(1);
});

test("'app' and 'off' modes send nothing; the bell alone, or nothing at all", async () => {
  const [inApp, off, sentinel] = await Promise.all(
    ['yendinh.cntt', 'dinhbinh.admin.app', 'dinhbinh.officer.app'].map(async (username, index) =>
      index === 0
        ? demo.userId(username)
        : (
            await makeUser(app.db, {
              username,
              memberships: [{ organisationId: dossier.operatorOrganisationId, role: 'officer' }],
            })
          ).id,
    ),
  );
  await setEmail(app.db, inApp!, 'cong.app@yendinh.example.vn');
  await setEmail(app.db, off!, 'off@dinhbinh.example.vn');
  await setEmail(app.db, sentinel!, 'sentinel@dinhbinh.example.vn');
  await setDelivery(app.db, inApp!, { returned: 'app' });
  await setDelivery(app.db, off!, { returned: 'off' });
  await setDelivery(app.db, sentinel!, { returned: 'email' });

  const written = await deliver(app, [returned(inApp!), returned(off!), returned(sentinel!)]);
  expect(written.map((row) => [row.userId, row.emailState]).sort()).toEqual(
    [
      [inApp, 'none'],
      [sentinel, 'queued'],
    ].sort(),
  );
  const bell = written.find((row) => row.userId === inApp)!;
  expect(await emailJobsOf(app.db, bell.id)).toEqual([]);

  // The one e-mail queued with them has gone: whatever the others would have sent had its chance to go too.
  const sentinelRow = written.find((row) => row.userId === sentinel)!;
  expect((await settledEmailState(app.db, sentinelRow.id)).emailState).toBe('sent');
  expect(sink.to('sentinel@dinhbinh.example.vn')).toHaveLength(1);
  expect(sink.to('cong.app@yendinh.example.vn')).toEqual([]);
  expect(sink.to('off@dinhbinh.example.vn')).toEqual([]);
});

test('a person who can no longer see the dossier, or whose account was disabled, gets nothing: skipped', async () => {
  const make = (username: string) =>
    makeUser(app.db, {
      username,
      memberships: [{ organisationId: dossier.operatorOrganisationId, role: 'officer' }],
    });
  const [revoked, disabled, stranger] = await Promise.all([
    make('dinhbinh.revoked'),
    make('dinhbinh.disabled'),
    demo.userId('ttdvnn.cntt'),
  ]);
  await setEmail(app.db, revoked.id, 'revoked@dinhbinh.example.vn');
  await setEmail(app.db, disabled.id, 'disabled@dinhbinh.example.vn');
  // The agricultural centre's officer never saw a Định Bình dossier (another branch of the district).
  await setEmail(app.db, stranger, 'nong@ttdvnn.example.vn');

  // Both could see it when it was delivered; the role is revoked and the account disabled before the job runs.
  const written = await app.db.transaction(async (tx) => {
    const rows = await deliverNotifications(tx, { jobs: app.background.jobs, emailEnabled: true }, [
      returned(revoked.id),
      returned(disabled.id),
      returned(stranger),
    ]);
    await tx.delete(memberships).where(eq(memberships.userId, revoked.id));
    await tx.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    return rows;
  });
  expect(written.map((row) => row.emailState)).toEqual(['queued', 'queued', 'queued']);
  for (const row of written) {
    const settled = await settledEmailState(app.db, row.id);
    expect(settled.emailState).toBe('skipped');
    expect(settled.emailedAt).toBeNull();
  }
  for (const address of ['revoked@dinhbinh.example.vn', 'disabled@dinhbinh.example.vn', 'nong@ttdvnn.example.vn'])
    expect(sink.to(address)).toEqual([]);
});

test('the HTML escapes what people typed: a title with <script> arrives as text', async () => {
  const userId = (
    await makeUser(app.db, {
      username: 'dinhbinh.escape',
      memberships: [{ organisationId: dossier.operatorOrganisationId, role: 'officer' }],
    })
  ).id;
  const address = 'escape@dinhbinh.example.vn';
  await setEmail(app.db, userId, address);
  const title = 'Hồ sơ <script>alert("capdo")</script> & <img src=x onerror=alert(1)>';
  const [row] = await deliver(app, [
    returned(userId, { dossierTitle: title, comment: '<a href="https://evil.example">bấm vào đây</a>' }),
  ]);
  expect((await settledEmailState(app.db, row!.id)).emailState).toBe('sent');
  const [mail] = sink.to(address);
  expect(mail!.html).not.toMatch(/<script|<img|evil\.example">/);
  expect(mail!.html).toContain('Hồ sơ &lt;script&gt;alert(&quot;capdo&quot;)&lt;/script&gt; &amp; &lt;img');
  expect(mail!.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;bấm vào đây&lt;/a&gt;');
  expect(mail!.text).toContain(title);
  expect(mail!.subject).toBe(`[capdo] Hồ sơ được yêu cầu bổ sung: ${title}`);
});
