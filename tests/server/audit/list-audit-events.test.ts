import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { auditHead } from '#server/db/schema/index.js';
import { appendAuditEvent } from '#server/modules/audit/append-audit-event.js';
import { writeTodayAnchor } from '#server/modules/audit/audit-anchors.js';
import { currentAuditKey } from '#server/modules/audit/audit-key.js';
import { sealPendingAuditEvents } from '#server/modules/audit/seal-audit-events.js';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { makeUser } from '../../factories/users.js';
import { contractsOfKind } from '../../outsider/endpoints.js';
import { DEMO_PASSWORD, DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { ApiClient } from '../../support/http-client.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

interface Item {
  id: number;
  at: string;
  actor: { id: string; username: string; fullName: string } | null;
  entityType: string;
  entityId: string;
  action: string;
  organisation: { id: string; name: string } | null;
  hash: string;
  prevHash: string;
}
type Page = { items: Item[]; total: number };

const rows = async <T>(query: ReturnType<typeof sql>) => {
  // postgres.js answers the rows, PGlite an object holding them.
  const result: unknown = await app.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};
/** How many events the database holds that satisfy the condition (joined to their organisation as `o`). */
const countWhere = async (condition: ReturnType<typeof sql>) =>
  Number(
    (
      await rows<{ n: number | string }>(
        sql`select count(*) as n from audit_events e left join organisations o on o.id = e.organisation_id
          where ${condition}`,
      )
    )[0]!.n,
  );

const communeAdmin = async () => {
  const made = await makeUser(app.db, {
    username: 'dinhbinh.quantri',
    memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
  });
  return app.loginAs('dinhbinh.quantri', made.password);
};
let communeClient: Promise<ApiClient> | undefined;
const commune = () => (communeClient ??= communeAdmin());

const all = async (client: ApiClient, query: Record<string, string> = {}): Promise<Page> => {
  const res = await client.get('/api/audit-events', { query: { limit: '500', ...query } });
  expect(res.status, res.text).toBe(200);
  return res.json as Page;
};
/** A settings change (the holiday calendar): an event that belongs to no unit. */
let settingsEvent: Promise<void> | undefined;
const changeSettings = () =>
  (settingsEvent ??= (async () => {
    const res = await (await app.as('admin')).request('PUT', '/api/holidays/2031', { body: { items: [] } });
    expect(res.status, res.text).toBe(200);
  })());
const idOfUser = async (username: string) =>
  (await rows<{ id: string }>(sql`select id from users where username = ${username}`))[0]!.id;

describe('GET /api/audit-events: scope', () => {
  test("a commune administrator sees only its commune's events, never those of no unit", async () => {
    const client = await commune();
    await changeSettings();
    // An edit by the province admin inside the commune: the commune admin must see it.
    const admin = await app.as('admin');
    const org = demo.org(DINH_BINH);
    const current = await admin.get(`/api/organisations/${org.id}`);
    const edited = await admin.patch(`/api/organisations/${org.id}`, {
      body: { version: current.json.version, place: 'Định Bình, Yên Định' },
    });
    expect(edited.status, edited.text).toBe(200);

    const page = await all(client);
    const mine = demo.subtreeIds(DINH_BINH);
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item.organisation, JSON.stringify(item)).not.toBeNull();
      expect(mine.has(item.organisation!.id), item.organisation!.name).toBe(true);
    }
    expect(page.total).toBe(await countWhere(sql`o.path like ${org.path + '%'}`));
    expect(page.items[0]).toMatchObject({ entityType: 'organisation', entityId: org.id, action: 'update' });
    expect(page.items[0]!.actor).toMatchObject({ username: 'admin', fullName: 'Quản trị hệ thống' });
  });

  test('a province administrator sees every event, including those of people and settings (no unit)', async () => {
    await changeSettings();
    const page = await all(await app.as('admin'), { limit: '1' });
    expect(page.total).toBe(await countWhere(sql`true`));
    const ofNoUnit = await all(await app.as('admin'), { entityType: 'calendar', entityId: '2031' });
    expect(ofNoUnit.total).toBe(1);
    expect(ofNoUnit.items[0]).toMatchObject({ action: 'replaceHolidays', organisation: null });
  });

  test('an officer (no admin role) gets an empty list whatever the filters, and the chain answers 403', async () => {
    const officer = await app.as('dinhbinh.cntt');
    const queries: Array<Record<string, string>> = [
      {},
      { organisationId: demo.org(DINH_BINH).id },
      { entityType: 'user' },
    ];
    for (const query of queries)
      expect(await all(officer, query), JSON.stringify(query)).toEqual({ items: [], total: 0 });
    const chain = await officer.get('/api/audit-events/chain');
    expect(chain.status).toBe(403);
    expect(chain.json.error.code).toBe('forbidden');
  });

  test('the outsider samples: a filter naming another unit lists nothing outside the caller’s commune', async () => {
    const client = await commune();
    const mine = demo.subtreeIds(DINH_BINH);
    const [, contract, sample] = contractsOfKind('audit').find(([key]) => key === 'GET /api/audit-events')!;
    for (const name of [PROVINCE, DISTRICT, SO_TTTT, DINH_CONG]) {
      for (const query of sample.filters!(demo.org(name))) {
        const res = await client.get(contract.path, { query: { limit: '500', ...query } });
        const page = res.json as Page;
        expect(page.total, JSON.stringify(query)).toBe(page.items.length);
        for (const item of page.items)
          expect(mine.has(item.organisation!.id), `${name} ${JSON.stringify(query)}`).toBe(true);
        // A sibling's (or a stranger's) subtree holds nothing of the commune's.
        if (name === SO_TTTT || name === DINH_CONG) expect(page.total).toBe(0);
      }
    }
  });

  test('the keyed MAC never leaves the server; the public hashes may; a waiting event is listed without', async () => {
    const admin = await app.as('admin');
    await sealPendingAuditEvents(app.db, { wait: true });
    // Appended and committed, not yet chained: listed at once, newest first, with no hashes.
    await app.db.transaction((tx) =>
      appendAuditEvent(tx, {
        actorUserId: null,
        entityType: 'system',
        entityId: demo.systemOf(DINH_BINH).id,
        action: 'update',
        organisationId: null,
        before: { internalUserCount: 1 },
        after: { internalUserCount: 2 },
      }),
    );
    const waiting = await admin.get('/api/audit-events', { query: { limit: '5' } });
    expect(waiting.json.items[0]).toMatchObject({ after: { internalUserCount: 2 }, hash: null, prevHash: null });
    const { id } = waiting.json.items[0] as { id: number };

    await sealPendingAuditEvents(app.db, { wait: true });
    const res = await admin.get('/api/audit-events', { query: { limit: '5' } });
    expect(res.text).not.toMatch(/"mac"/);
    expect(res.text).not.toMatch(/entryMac|entry_mac/);
    expect(res.json.items[0].id).toBe(id);
    expect(res.json.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('GET /api/audit-events: filters and paging', () => {
  test('by actor', async () => {
    await changeSettings();
    const adminId = await idOfUser('admin');
    const page = await all(await app.as('admin'), { actorUserId: adminId });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((item) => item.actor?.id === adminId)).toBe(true);
    expect(page.total).toBe(await countWhere(sql`e.actor_user_id = ${adminId}`));
  });

  test('by organisation: its whole subtree, and only it', async () => {
    const district = demo.org(DINH_BINH);
    const page = await all(await app.as('admin'), { organisationId: district.id });
    const under = demo.subtreeIds(DINH_BINH);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((item) => under.has(item.organisation!.id))).toBe(true);
    expect(page.total).toBe(await countWhere(sql`o.path like ${district.path + '%'}`));
    expect(page.total).toBeLessThan(await countWhere(sql`true`));
  });

  test('by entity and by action', async () => {
    const admin = await app.as('admin');
    const [entity] = await rows<{ type: string; id: string }>(
      sql`select entity_type as type, entity_id as id from audit_events where entity_type = 'dossier' limit 1`,
    );
    const ofDossier = await all(admin, { entityType: 'dossier', entityId: entity!.id });
    expect(ofDossier.total).toBeGreaterThan(0);
    expect(ofDossier.items.every((item) => item.entityType === 'dossier' && item.entityId === entity!.id)).toBe(true);
    expect(ofDossier.total).toBe(await countWhere(sql`e.entity_type = 'dossier' and e.entity_id = ${entity!.id}`));
    expect(ofDossier.total).toBeLessThan(await countWhere(sql`e.entity_type = 'dossier'`));

    const creates = await all(admin, { action: 'create', limit: '1' });
    expect(creates.total).toBe(await countWhere(sql`e.action = 'create'`));
    expect(creates.total).toBeGreaterThan(0);
    expect(creates.items[0]!.action).toBe('create');
  });

  test('by days in Vietnam, both ends included', async () => {
    const admin = await app.as('admin');
    const [oldest] = await rows<{ at: string | Date }>(sql`select at from audit_events order by id limit 1`);
    const day = todayInVietnam(new Date(oldest!.at));
    const bound = (d: string) => new Date(`${d}T00:00:00+07:00`).toISOString();
    const next = todayInVietnam(new Date(Date.parse(bound(day)) + 86_400_000));
    const onDay = await all(admin, { from: day, to: day, limit: '1' });
    expect(onDay.total).toBeGreaterThan(0);
    expect(onDay.total).toBe(await countWhere(sql`e.at >= ${bound(day)} and e.at < ${bound(next)}`));
    expect(todayInVietnam(new Date(onDay.items[0]!.at))).toBe(day);
    const after = await all(admin, { from: next, limit: '1' });
    expect(after.total).toBe(await countWhere(sql`e.at >= ${bound(next)}`));
    expect(after.total + onDay.total).toBeLessThanOrEqual(await countWhere(sql`true`));
    expect((await all(admin, { to: '1999-12-31' })).total).toBe(0);
  });

  test('a wrong date answers 400 naming the field', async () => {
    const res = await (await app.as('admin')).get('/api/audit-events', { query: { from: '2024-13-01' } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['from']);
  });

  test('pages newest first with the same total', async () => {
    const admin = await app.as('admin');
    const first = await all(admin, { limit: '3', offset: '0' });
    const second = await all(admin, { limit: '3', offset: '3' });
    expect(first.items).toHaveLength(3);
    expect(second.total).toBe(first.total);
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(6);
    const [newest] = await rows<{ id: number | string }>(sql`select max(id) as id from audit_events`);
    expect(first.items[0]!.id).toBe(Number(newest!.id));
  });
});

describe('GET /api/audit-events/chain', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('answers the head as the table holds it, without verifying unless asked', async () => {
    const res = await (await app.as('admin')).get('/api/audit-events/chain');
    expect(res.status, res.text).toBe(200);
    const [head] = await app.db.select().from(auditHead);
    expect(res.json.head).toEqual({ lastId: head!.lastId, lastHash: head!.lastHash, count: head!.count });
    expect(res.json.verification).toBeNull();
    expect((await (await commune()).get('/api/audit-events/chain')).status).toBe(200);
  });

  test("reads the newest anchor from the server's anchor folder and says whether the head reaches it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'capdo-audit-viewer-'));
    dirs.push(dir);
    const other = await app.startAnother({ AUDIT_ANCHOR_DIR: dir });
    const admin = await ApiClient.loginAs(other.baseUrl, 'admin', DEMO_PASSWORD);
    const none = await admin.get('/api/audit-events/chain');
    expect(none.json).toMatchObject({ latestAnchor: null, anchorIsHead: null, chainHoldsAnchor: null });

    const written = await writeTodayAnchor(app.db, { dir, key: currentAuditKey() });
    expect(written.status).toBe('written');
    const res = await admin.get('/api/audit-events/chain');
    const [head] = await app.db.select().from(auditHead);
    expect(res.json.latestAnchor).toEqual({
      date: todayInVietnam(),
      lastId: head!.lastId,
      lastHash: head!.lastHash,
      count: head!.count,
    });
    expect(res.json).toMatchObject({ anchorIsHead: true, chainHoldsAnchor: true, anchorProblems: [] });
  });

  test('verify=true recomputes the chain for a province administrator only', async () => {
    const verified = await (await app.as('admin')).get('/api/audit-events/chain', { query: { verify: 'true' } });
    expect(verified.status).toBe(200);
    expect(verified.json.verification).toMatchObject({ ok: true, problems: [] });
    expect(verified.json.verification.checked).toBe(verified.json.head.count);
    const refused = await (await commune()).get('/api/audit-events/chain', { query: { verify: 'true' } });
    expect(refused.status).toBe(403);
  });
});

test('the OpenAPI document lists both endpoints', async () => {
  const res = await app.anonymous().get('/api/openapi.json');
  expect(res.json.paths['/api/audit-events'].get.tags).toEqual(['Audit']);
  expect(Object.keys(res.json.paths['/api/audit-events/chain'])).toEqual(['get']);
  const parameters = res.json.paths['/api/audit-events'].get.parameters.map((p: { name: string }) => p.name);
  for (const name of ['actorUserId', 'organisationId', 'entityType', 'entityId', 'action', 'from', 'to', 'limit'])
    expect(parameters).toContain(name);
});
