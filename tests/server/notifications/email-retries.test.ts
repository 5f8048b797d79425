import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { notifications } from '#server/db/schema/index.js';
import { deliverNotifications, NOTIFICATION_EMAIL_QUEUE } from '#server/modules/notifications/deliver-notifications.js';
import { sendDigests, vietnamHour } from '#server/modules/notifications/digest-send.js';
import { NOTIFICATION_EMAIL_FAILED_QUEUE } from '#server/modules/notifications/email-jobs.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, loadDemo, type Demo } from '../../support/demo.js';
import { startSmtpSink } from '../../support/smtp-sink.js';
import { setupTestApp, type TestApp } from '../../support/test-app.js';
import { deliver, emailJobsOf, freshKey, setDelivery, setEmail, settledEmailState } from './email-helpers.js';

/**
 * A mail server that does not answer: the e-mail job fails, pg-boss retries it with back-off, and after the last
 * retry the notification reads 'failed'. The SMTP address is a sink's, closed before the app starts, so the
 * port is real and nobody listens on it.
 */
let app: TestApp;
let demo: Demo;

beforeAll(async () => {
  const sink = await startSmtpSink();
  await sink.close();
  app = await setupTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'https://capdo.example.vn' });
  demo = await loadDemo(app.db);
});
afterAll(() => app?.close());

test('the e-mail queue retries five times with back-off, then hands the job to its dead-letter queue', async () => {
  const [queue] = await queryRows<Record<string, unknown>>(
    app.db,
    sql`select retry_limit as "retryLimit", retry_delay as "retryDelay", retry_backoff as "retryBackoff",
               expire_seconds as "expireSeconds", dead_letter as "deadLetter"
        from pgboss.queue where name = ${NOTIFICATION_EMAIL_QUEUE}`,
  );
  expect(queue).toEqual({
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireSeconds: 900,
    deadLetter: NOTIFICATION_EMAIL_FAILED_QUEUE,
  });
});

test('a failing SMTP server: the job is retried, then the notification reads failed', async () => {
  const userId = await demo.userId('dinhbinh.cntt');
  await setEmail(app.db, userId, 'binh.retries@dinhbinh.example.vn');
  await setDelivery(app.db, userId, { returned: 'email' });
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status: 'returned',
  });

  const [row] = await app.db.transaction(async (tx) => {
    const written = await deliverNotifications(tx, { jobs: app.background.jobs, emailEnabled: true }, [
      {
        userId,
        kind: 'returned',
        dossierId: dossier.id,
        organisationId: dossier.operatorOrganisationId,
        details: { dossierTitle: dossier.title, organisationName: DINH_BINH, status: 'returned' },
        dedupeKey: freshKey('retries'),
      },
    ]);
    // The queue's own policy waits minutes between attempts (checked above); this one job, committed with its
    // notification, retries twice a second or two apart so the test sees the whole path in seconds.
    await tx.execute(sql`update pgboss.job set retry_limit = 2, retry_delay = 1
                         where name = ${NOTIFICATION_EMAIL_QUEUE} and data->>'notificationId' = ${written[0]!.id}`);
    return written;
  });
  expect(row?.emailState).toBe('queued');

  const settled = await settledEmailState(app.db, row!.id, 40_000);
  expect(settled).toEqual({ emailState: 'failed', emailedAt: null });
  const jobs = await emailJobsOf(app.db, row!.id);
  expect(jobs).toHaveLength(2);
  expect(jobs[0]).toMatchObject({ name: NOTIFICATION_EMAIL_QUEUE, state: 'failed', retryCount: 2 });
  expect(jobs[0]!.message).toMatch(/ECONNREFUSED|connect/i);
  expect(jobs[1]).toMatchObject({ name: NOTIFICATION_EMAIL_FAILED_QUEUE });
}, 60_000);

test('a digest that cannot be sent gives its claim back: the notifications wait, the next run retries', async () => {
  const userId = await demo.userId('yendinh.cntt');
  const hour = (vietnamHour(new Date()) + 12) % 24; // an hour the app's own hourly job does not reach meanwhile
  // The only person with an address in this file from now on: nobody else's digest counts in the run.
  await setEmail(app.db, await demo.userId('dinhbinh.cntt'), '');
  await setEmail(app.db, userId, 'cong.digest@yendinh.example.vn');
  await setDelivery(app.db, userId, { approved: 'digest', overdue: 'app' }, hour);
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status: 'approved',
  });
  const [row] = await deliver(app, [
    {
      userId,
      kind: 'approved',
      dossierId: dossier.id,
      organisationId: dossier.operatorOrganisationId,
      details: { dossierTitle: dossier.title, organisationName: DINH_BINH, status: 'approved' },
      dedupeKey: freshKey('digest-failure'),
    },
  ]);
  expect(row?.emailState).toBe('digest');
  const now = new Date(`2031-03-17T${String(hour).padStart(2, '0')}:05:00+07:00`);
  const deps = { db: app.db, env: app.env, mailer: app.background.mailer };
  expect(await sendDigests(deps, now)).toEqual({ sent: 0, failed: 1 });
  const [after] = await app.db.select().from(notifications).where(eq(notifications.id, row!.id));
  expect(after).toMatchObject({ emailState: 'digest', emailedAt: null });
  // Not taken for the day: the retry tries (and fails) again instead of skipping the person.
  expect(await sendDigests(deps, now)).toEqual({ sent: 0, failed: 1 });
});
