import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import type { NotificationKind } from '#shared/notifications/notifications.schemas.js';
import { auditEvents, dossiers, eventCursors, notifications, users } from '#server/db/schema/index.js';
import { deliverNotifications } from '#server/modules/notifications/deliver-notifications.js';
import { factoryDelivery } from '#server/modules/notifications/delivery-preferences.js';
import { kickNotificationDispatch } from '#server/modules/notifications/dispatch-workflow-events.js';
import { WORKFLOW_CURSOR } from '#server/modules/notifications/workflow-event-cursor.js';
import { makeCommuneAdmin } from '../../factories/users.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';
import { lastAuditId } from './notification-helpers.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

let dossierId: string;
let systemId: string;
let officerId: string;
let otherId: string;
let auditAtStart: number;

/** One notification delivered the one way the server makes them, in a transaction of its own (its own time). */
async function deliver(userId: string, kind: NotificationKind, extra: { dossierId?: string; systemId?: string } = {}) {
  const [row] = await app.db.transaction((tx) =>
    deliverNotifications(tx, { jobs: app.background.jobs, emailEnabled: false }, [
      {
        userId,
        kind,
        dossierId: extra.dossierId ?? null,
        organisationId: demo.org(DINH_BINH).id,
        details: { ...(extra.systemId ? { systemId: extra.systemId } : {}), organisationName: DINH_BINH },
        dedupeKey: `test:${randomUUID()}`,
      },
    ]),
  );
  return row!;
}

beforeAll(async () => {
  auditAtStart = await lastAuditId(app.db);
  officerId = await demo.userId('dinhbinh.cntt');
  otherId = await demo.userId('yendinh.cntt');
  systemId = demo.systemOf(DINH_BINH).id;
  const [dossier] = await app.db
    .select()
    .from(dossiers)
    .where(eq(dossiers.operatorOrganisationId, demo.org(DINH_BINH).id));
  dossierId = dossier!.id;
});

test("the demo's history tells nobody: the cursor starts at the newest event, and a restart keeps it", async () => {
  const [cursor] = await app.db.select().from(eventCursors).where(eq(eventCursors.name, WORKFLOW_CURSOR));
  expect(cursor!.lastEventId).toBe(auditAtStart);
  // The demo holds submitted, returned, appraised and approved dossiers, yet nobody was told of them.
  const steps = await app.db.select().from(auditEvents).where(eq(auditEvents.action, 'approve'));
  expect(steps.length).toBeGreaterThan(0);
  expect(await app.db.select().from(notifications)).toEqual([]);
  // A second process starting later leaves the cursor where it is (set ahead of the trail here, so that no
  // dispatch running meanwhile can move it or read anything).
  await app.db
    .update(eventCursors)
    .set({ lastEventId: auditAtStart + 1000 })
    .where(eq(eventCursors.name, WORKFLOW_CURSOR));
  try {
    await app.startAnother();
    const [after] = await app.db.select().from(eventCursors).where(eq(eventCursors.name, WORKFLOW_CURSOR));
    expect(after!.lastEventId).toBe(auditAtStart + 1000);
  } finally {
    await app.db.update(eventCursors).set({ lastEventId: auditAtStart }).where(eq(eventCursors.name, WORKFLOW_CURSOR));
  }
});

test('a kick that cannot be queued is logged, never thrown at the request that made it', async () => {
  await expect(kickNotificationDispatch({ send: () => Promise.reject(new Error('database gone')) })).resolves.toBe(
    undefined,
  );
});

describe('the list, the unread count and marking read', () => {
  const made: string[] = [];

  beforeAll(async () => {
    made.push((await deliver(officerId, 'submitted', { dossierId })).id);
    made.push((await deliver(officerId, 'inspectionDue', { systemId })).id);
    made.push((await deliver(officerId, 'reportDue')).id);
    made.push((await deliver(officerId, 'overdue', { dossierId })).id);
    made.push((await deliver(officerId, 'returned', { dossierId })).id);
    await deliver(otherId, 'approved', { dossierId });
  });

  test("lists the caller's own, newest first, paged, each with its link, and the unread count", async () => {
    const officer = await app.as('dinhbinh.cntt');
    const all = await officer.get('/api/notifications');
    expect(all.status).toBe(200);
    expect(all.json.total).toBe(5);
    expect(all.json.unread).toBe(5);
    expect(all.json.items.map((item: { id: string }) => item.id)).toEqual([...made].reverse());
    expect(all.json.items.map((item: { kind: string; link: string }) => [item.kind, item.link])).toEqual([
      ['returned', `/dossiers/${dossierId}`],
      ['overdue', `/dossiers/${dossierId}`],
      ['reportDue', '/reports'],
      ['inspectionDue', `/systems/${systemId}`],
      ['submitted', `/dossiers/${dossierId}`],
    ]);
    expect(all.json.items[0]).toMatchObject({ readAt: null, organisationId: demo.org(DINH_BINH).id });

    const page = await officer.get('/api/notifications', { query: { limit: 2, offset: 2 } });
    expect(page.json.items.map((item: { id: string }) => item.id)).toEqual([made[2], made[1]]);
    expect(page.json).toMatchObject({ total: 5, unread: 5 });
  });

  test('marks the given ones read, again harmlessly, and unread=true lists the rest', async () => {
    const officer = await app.as('dinhbinh.cntt');
    const marked = await officer.post('/api/notifications/read', { body: { ids: [made[0], made[1]] } });
    expect(marked.status, marked.text).toBe(200);
    expect(marked.json).toEqual({ unread: 3 });
    expect((await officer.post('/api/notifications/read', { body: { ids: [made[0]] } })).json).toEqual({ unread: 3 });
    const unread = await officer.get('/api/notifications', { query: { unread: 'true' } });
    expect(unread.json.items.map((item: { id: string }) => item.id)).toEqual([made[4], made[3], made[2]]);
    expect(unread.json).toMatchObject({ total: 3, unread: 3 });
    const all = await officer.get('/api/notifications');
    const first = all.json.items.find((item: { id: string }) => item.id === made[0]);
    expect(first.readAt).toEqual(expect.any(String));
  });

  test("another person's notification, or one nobody has, answers 404 and nothing is marked", async () => {
    const officer = await app.as('dinhbinh.cntt');
    const [others] = await app.db.select().from(notifications).where(eq(notifications.userId, otherId));
    for (const ids of [[others!.id], [made[2]!, others!.id], [randomUUID()]]) {
      const res = await officer.post('/api/notifications/read', { body: { ids } });
      expect(res.status, JSON.stringify(ids)).toBe(404);
      expect(res.json.error.code).toBe('not_found');
    }
    const stillUnread = await app.db
      .select({ id: notifications.id })
      .from(notifications)
      .where(isNull(notifications.readAt))
      .orderBy(asc(notifications.id));
    expect(stillUnread.map((row) => row.id).sort()).toEqual([others!.id, made[2], made[3], made[4]].sort());
  });

  test("marking all marks only the caller's own", async () => {
    const officer = await app.as('dinhbinh.cntt');
    const res = await officer.post('/api/notifications/read', { body: {} });
    expect(res.json).toEqual({ unread: 0 });
    expect((await officer.get('/api/notifications')).json).toMatchObject({ total: 5, unread: 0 });
    const other = await app.as('yendinh.cntt');
    expect((await other.get('/api/notifications')).json).toMatchObject({ total: 1, unread: 1 });
  });

  test('a malformed list of ids is refused with the field named, in Vietnamese', async () => {
    const officer = await app.as('dinhbinh.cntt');
    for (const body of [{ ids: [] }, { ids: ['not-an-id'] }, { ids: 'all' }]) {
      const res = await officer.post('/api/notifications/read', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.issues[0].path).toMatch(/^ids/);
      // The catalogue's Vietnamese sentence, not its key.
      expect(res.json.error.issues[0].message).not.toMatch(/^validation\./);
      expect(res.json.error.issues[0].message).toMatch(/[^\x20-\x7e]/);
    }
    const bad = await officer.get('/api/notifications', { query: { unread: 'maybe' } });
    expect(bad.status).toBe(400);
  });
});

describe("a person's own delivery choices", () => {
  test('start from the defaults; e-mail is said to be unavailable without SMTP or an address', async () => {
    const res = await (await app.as('ttdvnn.cntt')).get('/api/notifications/preferences');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ delivery: factoryDelivery, digestHour: 7, emailAvailable: false, hasEmail: false });
  });

  test('kinds not given keep what the person chose before; nobody else changes', async () => {
    const officer = await app.as('dinhbinh.cntt');
    const first = await officer.request('PUT', '/api/notifications/preferences', {
      body: { delivery: { returned: 'app' }, digestHour: 18 },
    });
    expect(first.status, first.text).toBe(200);
    expect(first.json).toMatchObject({ delivery: { ...factoryDelivery, returned: 'app' }, digestHour: 18 });
    const second = await officer.request('PUT', '/api/notifications/preferences', {
      body: { delivery: { approved: 'off' } },
    });
    expect(second.json).toMatchObject({
      delivery: { ...factoryDelivery, returned: 'app', approved: 'off' },
      digestHour: 18,
    });
    expect((await officer.get('/api/notifications/preferences')).json).toEqual(second.json);
    const other = await (await app.as('yendinh.cntt')).get('/api/notifications/preferences');
    expect(other.json).toMatchObject({ delivery: factoryDelivery, digestHour: 7 });
  });

  test('an unknown mode, kind or hour is refused with the field named', async () => {
    const officer = await app.as('dinhbinh.cntt');
    for (const [body, path] of [
      [{ delivery: { returned: 'sms' } }, 'delivery.returned'],
      [{ delivery: {}, digestHour: 24 }, 'digestHour'],
      [{ digestHour: 8 }, 'delivery'],
    ] as const) {
      const res = await officer.request('PUT', '/api/notifications/preferences', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    }
  });

  test('say e-mail can go out when the server has SMTP and the person an address', async () => {
    await app.db.update(users).set({ email: 'nong.do@ttdvnn.example.vn' }).where(eq(users.username, 'ttdvnn.cntt'));
    const withSmtp = await app.startAnother({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    const client = (await app.as('ttdvnn.cntt')).against(withSmtp.baseUrl);
    const res = await client.get('/api/notifications/preferences');
    expect(res.json).toMatchObject({ emailAvailable: true, hasEmail: true });
  });
});

describe('the defaults', () => {
  const changed = { delivery: { ...factoryDelivery, inspectionDue: 'off' }, digestHour: 6, dueSoonWorkingDays: 3 };

  test('only an administrator of a top-level organisation reads or changes them: 403 and nothing changes', async () => {
    const communeAdminPassword = await makeCommuneAdmin(app.db, demo);
    const refused = [
      await app.as('yendinh.cntt'),
      await app.as('sotttt.lanhdao'),
      await app.as('dinhbinh.admin', communeAdminPassword),
    ];
    for (const client of refused) {
      expect((await client.get('/api/notifications/defaults')).status).toBe(403);
      const put = await client.request('PUT', '/api/notifications/defaults', { body: changed });
      expect(put.status).toBe(403);
      expect(put.json.error.code).toBe('forbidden');
    }
    const admin = await app.as('admin');
    const read = await admin.get('/api/notifications/defaults');
    expect(read.json).toEqual({ delivery: factoryDelivery, digestHour: 7, dueSoonWorkingDays: 2 });
  });

  test('a change is saved and audited, and people follow it for the kinds they left to the defaults', async () => {
    const admin = await app.as('admin');
    const res = await admin.request('PUT', '/api/notifications/defaults', { body: changed });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual(changed);
    expect((await admin.get('/api/notifications/defaults')).json).toEqual(changed);

    const [event] = await app.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'notificationDefaults'), eq(auditEvents.action, 'update')));
    expect(event).toMatchObject({
      actorUserId: await demo.userId('admin'),
      entityId: 'defaults',
      organisationId: null,
      before: { delivery: factoryDelivery, digestHour: 7, dueSoonWorkingDays: 2 },
      after: changed,
    });
    const trail = await admin.get('/api/audit-events', { query: { entityType: 'notificationDefaults' } });
    expect(trail.json.items.map((item: { action: string }) => item.action)).toEqual(['update']);

    // The officer chose returned and approved, and an 18 o'clock digest: those stay; the rest follow.
    const officer = (await (await app.as('dinhbinh.cntt')).get('/api/notifications/preferences')).json;
    expect(officer.delivery).toEqual({ ...changed.delivery, returned: 'app', approved: 'off' });
    expect(officer.digestHour).toBe(18);
    const untouched = (await (await app.as('yendinh.tonghop')).get('/api/notifications/preferences')).json;
    expect(untouched).toMatchObject({ delivery: changed.delivery, digestHour: 6 });
  });

  test('an incomplete or out-of-range body is refused with the field named', async () => {
    const admin = await app.as('admin');
    for (const [body, path] of [
      [{ ...changed, dueSoonWorkingDays: 0 }, 'dueSoonWorkingDays'],
      [{ ...changed, digestHour: -1 }, 'digestHour'],
      [{ ...changed, delivery: { submitted: 'email' } }, 'delivery.returned'],
    ] as const) {
      const res = await admin.request('PUT', '/api/notifications/defaults', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    }
    expect((await admin.get('/api/notifications/defaults')).json).toEqual(changed);
  });
});
