import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import type { NotificationKind } from '#shared/notifications/notifications.schemas.js';
import type { Db } from '#server/db/open-db.js';
import { auditEvents, notificationDefaults, notificationPreferences, notifications } from '#server/db/schema/index.js';
import { deliverNotifications } from '#server/modules/notifications/deliver-notifications.js';
import { makeCommuneAdmin } from '../factories/users.js';
import { DINH_BINH, type Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import type { TestApp } from '../support/test-app.js';
import { openStream } from '../server/notifications/notification-helpers.js';
import { answerOf, contractsOfKind, endpointSamples } from './endpoints.js';

/**
 * Notifications are each person's own: people of every kind calling every notification endpoint must see, count,
 * mark and choose only their own, and only an administrator of the province may touch the defaults.
 */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** The person whose notifications the others must not reach: the district's officer. */
const VICTIM = 'yendinh.cntt';
const outsiders: Record<string, { password?: string; own: number }> = {
  'dinhbinh.cntt': { own: 1 },
  'dinhbinh.admin': { own: 2 },
  'ttdvnn.cntt': { own: 0 },
};
let victimIds: string[];

async function deliver(db: Db, userId: string, kind: NotificationKind) {
  const [row] = await db.transaction((tx) =>
    deliverNotifications(tx, { jobs: app.background.jobs, emailEnabled: false }, [
      {
        userId,
        kind,
        dossierId: null,
        organisationId: demo.org(DINH_BINH).id,
        details: { organisationName: DINH_BINH },
        dedupeKey: `outsider:${randomUUID()}`,
      },
    ]),
  );
  return row!.id;
}

beforeAll(async () => {
  outsiders['dinhbinh.admin']!.password = await makeCommuneAdmin(app.db, demo);
  const victim = await demo.userId(VICTIM);
  victimIds = [
    await deliver(app.db, victim, 'reportDue'),
    await deliver(app.db, victim, 'inspectionDue'),
    await deliver(app.db, victim, 'reportDue'),
  ];
  for (const [username, { own }] of Object.entries(outsiders)) {
    const userId = await demo.userId(username);
    for (let n = 0; n < own; n++) await deliver(app.db, userId, 'reportDue');
  }
});

/** Every row a notification request could change, and the audit trail's length. */
async function snapshot() {
  const [rows, preferences, defaults, [events]] = await Promise.all([
    app.db.select().from(notifications).orderBy(asc(notifications.id)),
    app.db.select().from(notificationPreferences).orderBy(asc(notificationPreferences.userId)),
    app.db.select().from(notificationDefaults),
    app.db.select({ events: count() }).from(auditEvents),
  ]);
  return JSON.parse(JSON.stringify({ rows, preferences, defaults, events: events!.events })) as unknown;
}
/** The same, without the caller's own notifications and preferences (which their own requests may change). */
async function snapshotOfOthers(userId: string) {
  const all = (await snapshot()) as {
    rows: Array<{ userId: string }>;
    preferences: Array<{ userId: string }>;
  };
  return {
    ...all,
    rows: all.rows.filter((row) => row.userId !== userId),
    preferences: all.preferences.filter((row) => row.userId !== userId),
  };
}

test('the suite covers every notification endpoint', () => {
  expect(contractsOfKind('notifications').map(([key]) => key)).toEqual([
    'GET /api/notifications',
    'POST /api/notifications/read',
    'GET /api/notifications/preferences',
    'PUT /api/notifications/preferences',
    'GET /api/notifications/defaults',
    'PUT /api/notifications/defaults',
    'GET /api/notifications/stream',
  ]);
});

describe.each(Object.keys(outsiders))('as %s', (username) => {
  const clientOf = () => app.as(username, outsiders[username]!.password);
  const own = () => outsiders[username]!.own;

  test('the list and its counts hold only their own notifications, whatever the filters', async () => {
    const client = await clientOf();
    for (const query of [{}, { unread: 'true' }, { unread: 'false' }, { limit: '500', offset: '0' }]) {
      const res = await client.get('/api/notifications', { query });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ total: own(), unread: own() });
      for (const item of res.json.items as Array<{ id: string }>) expect(victimIds).not.toContain(item.id);
    }
  });

  test("marking another person's notification read answers as for an id nobody has, and changes nothing", async () => {
    const client = await clientOf();
    const before = await snapshot();
    const random = await client.post('/api/notifications/read', { body: { ids: [randomUUID()] } });
    expect(random.status).toBe(404);
    for (const ids of [[victimIds[0]!], victimIds]) {
      const res = await client.post('/api/notifications/read', { body: { ids } });
      expect(answerOf(res), JSON.stringify(ids)).toEqual(answerOf(random));
    }
    expect(await snapshot()).toEqual(before);
  });

  test("marking all read, and saving their choices, touch only the caller's own rows", async () => {
    const client = await clientOf();
    const userId = await demo.userId(username);
    const before = await snapshotOfOthers(userId);
    const marked = await client.post('/api/notifications/read', { body: {} });
    expect(marked.json).toEqual({ unread: 0 });
    const sample = endpointSamples['PUT /api/notifications/preferences'] as { body: () => unknown };
    const saved = await client.request('PUT', '/api/notifications/preferences', { body: sample.body() });
    expect(saved.status).toBe(200);
    expect(await snapshotOfOthers(userId)).toEqual(before);
    const victim = await app.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, await demo.userId(VICTIM)));
    expect(victim.filter((row) => row.readAt === null)).toHaveLength(3);
    // Their own are read: the request did something (the suite is not passing by refusing everything).
    expect((await client.get('/api/notifications')).json).toMatchObject({ total: own(), unread: 0 });
  });

  test('the defaults are refused to anyone but an administrator of the province: 403 and nothing changes', async () => {
    const client = await clientOf();
    const before = await snapshot();
    expect((await client.get('/api/notifications/defaults')).status).toBe(403);
    const sample = endpointSamples['PUT /api/notifications/defaults'] as { body: () => unknown };
    const res = await client.request('PUT', '/api/notifications/defaults', { body: sample.body() });
    expect(res.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  test("the live count is the caller's own", async () => {
    const client = await clientOf();
    const userId = await demo.userId(username);
    await app.db.update(notifications).set({ readAt: null }).where(eq(notifications.userId, userId));
    const stream = await openStream(client);
    try {
      expect(stream.status).toBe(200);
      expect(await stream.nextUnread(5_000)).toBe(own());
    } finally {
      await stream.close();
    }
  });
});

test('the administrator of the province reads and changes the defaults (the control for the 403 above)', async () => {
  const admin = await app.as('admin');
  expect((await admin.get('/api/notifications/defaults')).status).toBe(200);
  const sample = endpointSamples['PUT /api/notifications/defaults'] as { body: () => unknown };
  const res = await admin.request('PUT', '/api/notifications/defaults', { body: sample.body() });
  expect(res.status).toBe(200);
  expect(res.json).toEqual(sample.body());
});
