import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { sessions } from '#server/db/schema/index.js';
import { announceNotifications } from '#server/modules/notifications/notification-bus.js';
import { answersForLevel, makeAttachment, submittableBody } from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import type { RunningApp, TestApp } from '../../support/test-app.js';
import { openStream, step, type OpenStream } from './notification-helpers.js';

/** The bell's live count: GET /api/notifications/stream, read as a browser's EventSource reads it. */
let app: TestApp;
let demo: Demo;
let another: RunningApp;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

let systemId: string;
beforeAll(async () => {
  another = await app.startAnother();
  systemId = (await makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id })).id;
});

const open: OpenStream[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((stream) => stream.close()));
});
const streamOf = async (client: ApiClient, baseUrl?: string, headers?: Record<string, string>) => {
  const stream = await openStream(client, baseUrl, headers);
  open.push(stream);
  return stream;
};

const unreadOf = async (client: ApiClient) => (await client.get('/api/notifications')).json.unread as number;

async function submittedDossier(title: string): Promise<void> {
  const officer = await app.as('dinhbinh.cntt');
  const created = await officer.post('/api/dossiers', {
    body: {
      title,
      operatorOrganisationId: demo.org(DINH_BINH).id,
      regime: 'nd85',
      systems: [{ systemId, answers: answersForLevel[2] }],
      ...submittableBody(),
    },
  });
  expect(created.status, created.text).toBe(201);
  await makeAttachment(app.db, created.json.id);
  await step(officer, created.json.id, { action: 'submit', version: 1 });
}

test('answers server-sent events at once, uncompressed and uncached, starting with the unread count', async () => {
  const appraiser = await app.as('sotttt.thamdinh');
  const stream = await streamOf(appraiser, undefined, { 'accept-encoding': 'gzip, deflate, br' });
  expect(stream.status).toBe(200);
  expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
  expect(stream.headers.get('cache-control')).toMatch(/\bno-store\b/);
  expect(stream.headers.get('x-accel-buffering')).toBe('no');
  // The compression middleware would hold the events back until a buffer filled: it must leave the stream alone.
  expect(stream.headers.get('content-encoding')).toBeNull();
  expect(await stream.nextUnread(5_000)).toBe(await unreadOf(appraiser));
});

test('a tab on this process and one on another process each get the new count after a transition here', async () => {
  const appraiser = await app.as('sotttt.thamdinh');
  const here = await streamOf(appraiser);
  const there = await streamOf(appraiser, another.baseUrl);
  const before = await unreadOf(appraiser);
  expect(await here.nextUnread(5_000)).toBe(before);
  expect(await there.nextUnread(5_000)).toBe(before);

  await submittedDossier('Hồ sơ gửi khi chuông đang mở');
  expect(await here.nextUnread()).toBe(before + 1);
  expect(await there.nextUnread()).toBe(before + 1);
  expect(await unreadOf(appraiser)).toBe(before + 1);
});

test('marking read in one tab updates the count in the others', async () => {
  const appraiser = await app.as('sotttt.thamdinh');
  expect((await appraiser.post('/api/notifications/read', { body: {} })).json).toEqual({ unread: 0 });
  await submittedDossier('Hồ sơ để đánh dấu đã đọc');
  // The count once the dispatcher has delivered: polled through the API, never slept for.
  await expect.poll(() => unreadOf(appraiser), { timeout: 20_000 }).toBe(1);
  const other = await streamOf(appraiser, another.baseUrl);
  expect(await other.nextUnread(5_000)).toBe(1);
  const res = await appraiser.post('/api/notifications/read', { body: {} });
  expect(res.json).toEqual({ unread: 0 });
  expect(await other.nextUnread()).toBe(0);
});

test('the stream ends with its session: after a logout, at the next change', async () => {
  const client = await app.loginAs('sotttt.lanhdao');
  const stream = await streamOf(client);
  expect(await stream.nextUnread(5_000)).toBe(0);
  const userId = client.user!.id;
  const ended = client.against(app.baseUrl); // the session's cookie, kept after the logout clears it
  expect((await client.post('/api/auth/logout')).status).toBe(200);
  await app.db.transaction((tx) => announceNotifications(tx, [userId]));
  await stream.ended();
  // And a new one with the ended session is refused: the browser's EventSource stops there.
  const again = await streamOf(ended);
  expect(again.status).toBe(401);
});

test('an open stream is no sign of activity: it leaves an idle session to expire', async () => {
  const client = await app.loginAs('yendinh.tonghop');
  const tokenHash = createHash('sha256').update(client.cookie!).digest('hex');
  const idleSince = new Date(Date.now() - 10 * 60_000);
  await app.db.update(sessions).set({ lastSeenAt: idleSince }).where(eq(sessions.tokenHash, tokenHash));
  const stream = await streamOf(client);
  expect(await stream.nextUnread(5_000)).toBe(0);
  const lastSeen = async () =>
    (await app.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)))[0]!.lastSeenAt.getTime();
  expect(await lastSeen()).toBe(idleSince.getTime());
  // Any other request is the person's: it refreshes the session (the control for the line above).
  expect((await client.get('/api/auth/me')).status).toBe(200);
  expect(await lastSeen()).toBeGreaterThan(idleSince.getTime());
});

test('without a session: 401 with the usual error, no stream', async () => {
  const res = await app.anonymous().get('/api/notifications/stream');
  expect(res.status).toBe(401);
  expect(res.json.error.code).toBe('unauthenticated');
});

test('the OpenAPI document declares the stream and the data of its events', async () => {
  const spec = (await app.anonymous().get('/api/openapi.json')).json;
  const operation = spec.paths['/api/notifications/stream'].get;
  expect(Object.keys(operation.responses['200'].content)).toEqual(['text/event-stream']);
  const media = operation.responses['200'].content['text/event-stream'];
  expect(media.schema.description).toContain('event: unread');
  expect(media['x-event-data']).toMatchObject({
    type: 'object',
    properties: { unread: { type: 'integer', minimum: 0 } },
    required: ['unread'],
  });
  expect(operation.security).toEqual([{ session: [] }]);
});
