import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { sessions } from '#server/db/schema/index.js';
import { DEMO_PASSWORD } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

const WINDOWS_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ' +
  'Version/17.5 Mobile/15E148 Safari/604.1';
const COC_COC =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/124.0.218 ' +
  'Chrome/118.0.5993.218 Safari/537.36';

/** A login from a given browser (the User-Agent the session records). */
async function loginFrom(username: string, userAgent: string): Promise<ApiClient> {
  const client = new ApiClient(app.baseUrl);
  const res = await client.post('/api/auth/login', {
    body: { username, password: DEMO_PASSWORD },
    headers: { 'user-agent': userAgent },
    csrf: false,
  });
  expect(res.status, res.text).toBe(200);
  client.csrfToken = res.json.csrfToken;
  client.user = res.json.user;
  return client;
}

type Listed = { id: string; current: boolean; device: { browser: string | null; os: string | null } };

test('a person sees their open sessions: device, address, opened, last seen, the current one marked', async () => {
  const onPhone = await loginFrom('yendinh.tonghop', IPHONE_SAFARI);
  const atDesk = await loginFrom('yendinh.tonghop', WINDOWS_CHROME);
  await loginFrom('yendinh.tonghop', COC_COC);
  await loginFrom('dinhbinh.cntt', WINDOWS_CHROME); // someone else's: never listed

  const res = await atDesk.get('/api/auth/sessions');
  expect(res.status).toBe(200);
  const items: Array<Listed & Record<string, unknown>> = res.json.items;
  expect(items).toHaveLength(3);
  expect(items[0]).toMatchObject({ current: true, device: { browser: 'Chrome', os: 'Windows' } });
  expect(items.filter((item) => item.current)).toHaveLength(1);
  expect(items.map((item) => item.device)).toEqual(
    expect.arrayContaining([
      { browser: 'Safari', os: 'iOS' },
      { browser: 'Cốc Cốc', os: 'Windows' },
    ]),
  );
  for (const item of items) {
    expect(Object.keys(item).sort()).toEqual(['address', 'createdAt', 'current', 'device', 'id', 'lastSeenAt']);
    expect(item.address).toMatch(/127\.0\.0\.1/);
    expect(Date.parse(item.createdAt as string)).toBeLessThanOrEqual(Date.parse(item.lastSeenAt as string));
  }
  // The phone's list marks the phone's session as current, not the desk's.
  const fromPhone: Listed[] = (await onPhone.get('/api/auth/sessions')).json.items;
  expect(fromPhone.find((item) => item.current)?.device).toEqual({ browser: 'Safari', os: 'iOS' });
});

test('the list never carries a session token or its hash', async () => {
  const client = await app.loginAs('ttdvnn.cntt');
  await app.loginAs('ttdvnn.cntt');
  const res = await client.get('/api/auth/sessions');
  const rows = await app.db.select().from(sessions).where(eq(sessions.userId, client.user!.id));
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const row of rows) {
    expect(res.text).not.toContain(row.tokenHash);
    expect(res.text).not.toContain(row.csrfToken);
  }
  expect(res.text).not.toContain(client.cookie!);
});

test('ending one of my sessions: its next request answers 401, mine and the others go on', async () => {
  const me = await loginFrom('sotttt.lanhdao', WINDOWS_CHROME);
  const lost = await loginFrom('sotttt.lanhdao', IPHONE_SAFARI);
  const kept = await loginFrom('sotttt.lanhdao', COC_COC);
  const listed: Listed[] = (await me.get('/api/auth/sessions')).json.items;
  const phone = listed.find((item) => item.device.os === 'iOS')!;

  const res = await me.request('DELETE', `/api/auth/sessions/${phone.id}`);
  expect(res.status).toBe(200);
  expect(res.json).toEqual({ ok: true });
  expect(res.headers.getSetCookie()).toEqual([]); // not the caller's own: its cookie stays

  expect((await lost.get('/api/auth/me')).status).toBe(401);
  expect((await me.get('/api/auth/me')).status).toBe(200);
  expect((await kept.get('/api/auth/me')).status).toBe(200);
  const after: Listed[] = (await me.get('/api/auth/sessions')).json.items;
  expect(after.map((item) => item.id)).not.toContain(phone.id);
  expect(after).toHaveLength(2);
  // Ended once: ending it again is ending nothing.
  expect((await me.request('DELETE', `/api/auth/sessions/${phone.id}`)).status).toBe(404);
});

test("another person's session cannot be seen or ended: 404 exactly as for an id nobody has", async () => {
  const victim = await loginFrom('sotttt.thamdinh', WINDOWS_CHROME);
  const victimSession: Listed = (await victim.get('/api/auth/sessions')).json.items[0];
  const stranger = await app.loginAs('admin'); // even the province's administrator, through this route

  const theirs = await stranger.request('DELETE', `/api/auth/sessions/${victimSession.id}`);
  const nobodys = await stranger.request('DELETE', `/api/auth/sessions/${crypto.randomUUID()}`);
  expect(theirs.status).toBe(404);
  expect({ status: theirs.status, json: theirs.json }).toEqual({ status: nobodys.status, json: nobodys.json });
  expect((await victim.get('/api/auth/me')).status).toBe(200);
  const strangersList: Listed[] = (await stranger.get('/api/auth/sessions')).json.items;
  expect(strangersList.map((item) => item.id)).not.toContain(victimSession.id);
});

test('ending the session the request came with logs it out and clears its cookie', async () => {
  const client = await app.loginAs('yendinh.cntt');
  const current: Listed = (await client.get('/api/auth/sessions')).json.items.find((item: Listed) => item.current);
  const oldCookie = client.cookie;
  const res = await client.request('DELETE', `/api/auth/sessions/${current.id}`);
  expect(res.status).toBe(200);
  expect(res.headers.getSetCookie()[0]).toMatch(/^capdo_session=;/);
  client.cookie = oldCookie;
  expect((await client.get('/api/auth/me')).status).toBe(401);
});

test('sessions past their idle or absolute limit are not listed', async () => {
  const me = await app.loginAs('dinhbinh.cntt');
  const idle = await app.loginAs('dinhbinh.cntt');
  const expired = await app.loginAs('dinhbinh.cntt');
  const listedBy = async (client: ApiClient) => (await client.get('/api/auth/sessions')).json.items as Listed[];
  const ownId = async (client: ApiClient) => (await listedBy(client)).find((item) => item.current)!.id;
  const [idleId, expiredId] = [await ownId(idle), await ownId(expired)];
  expect((await listedBy(me)).map((item) => item.id)).toEqual(expect.arrayContaining([idleId, expiredId]));

  await app.db
    .update(sessions)
    .set({ lastSeenAt: new Date(Date.now() - (app.env.SESSION_IDLE_MINUTES + 1) * 60_000) })
    .where(eq(sessions.id, idleId));
  await app.db
    .update(sessions)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(sessions.id, expiredId));
  const listed = (await listedBy(me)).map((item) => item.id);
  expect(listed).not.toContain(idleId);
  expect(listed).not.toContain(expiredId);
});

test('ending a session without the CSRF header answers 403 and the session lives on', async () => {
  const me = await app.loginAs('ttdvnn.cntt');
  const other = await app.loginAs('ttdvnn.cntt');
  const items: Listed[] = (await other.get('/api/auth/sessions')).json.items;
  const target = items.find((item) => item.current)!;
  const res = await me.request('DELETE', `/api/auth/sessions/${target.id}`, { csrf: false });
  expect(res.status).toBe(403);
  expect((await other.get('/api/auth/me')).status).toBe(200);
});
