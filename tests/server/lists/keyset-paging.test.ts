import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { loadActor } from '#server/modules/auth/sessions.js';
import { listVisibleDossiers } from '#server/modules/dossiers/queries.js';
import { listVisibleOrganisations } from '#server/modules/organisations/queries.js';
import { listVisibleSystems } from '#server/modules/systems/queries.js';
import { queryRows } from '#server/modules/reports/sql/rows.js';
import { DINH_BINH, DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * The lists page by cursor (docs/lists.md). Each walk below follows nextCursor with a small page size from the first
 * page to the last and compares what it met with the rows in scope sorted here, in plain code, from the database's
 * own keys: every row once, in order, none outside the scope. Ties are made on purpose so that pages cut through them.
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

type Page = { items: Array<{ id: string }>; total: number; totalIsExact: boolean; nextCursor: string | null };

async function walk(username: string, path: string, limit: number, query: Record<string, string> = {}) {
  const client = await app.as(username);
  const seen: string[] = [];
  const pages: Page[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 500; guard++) {
    const res = await client.get(path, { query: { ...query, limit, ...(cursor ? { cursor } : {}) } });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const page = res.json as Page;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page);
    seen.push(...page.items.map((item) => item.id));
    if (!page.nextCursor) return { seen, pages };
    // A page that is not the last is full.
    expect(page.items).toHaveLength(limit);
    cursor = page.nextCursor;
  }
  throw new Error('the walk did not end');
}

/** Byte-wise, as collate "C" compares (UTF-8 order is code point order). */
const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const under = (name: string) => demo.org(name).path;

describe('dossiers: newest change first, ties on updated_at broken by id', () => {
  async function expected(scopePath: string) {
    const rows = await queryRows<{ id: string; at: string; path: string }>(
      app.db,
      sql`select d.id, to_char(d.updated_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as at, o.path
          from dossiers d join organisations o on o.id = d.operator_organisation_id`,
    );
    return rows
      .filter((row) => row.path.startsWith(scopePath))
      .sort((a, b) => (a.at === b.at ? bytes(a.id, b.id) : -bytes(a.at, b.at)))
      .map((row) => row.id);
  }

  test('the walk meets every dossier in scope exactly once, in order, through ties that straddle pages', async () => {
    // Two groups of dossiers changed at the same microsecond: with pages of 2 and 3 the cuts fall inside them.
    const ids = (await queryRows<{ id: string }>(app.db, sql`select id from dossiers order by id`)).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    await app.db.execute(
      sql`update dossiers set updated_at = '2030-01-02 03:04:05.678901+00' where id in (${sql.join(
        ids.slice(0, 5).map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    await app.db.execute(
      sql`update dossiers set updated_at = '2029-06-01 00:00:00.000001+00' where id in (${sql.join(
        ids.slice(5, 8).map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    const all = await expected(under(PROVINCE));
    for (const limit of [2, 3]) {
      const { seen, pages } = await walk('admin', '/api/dossiers', limit);
      expect(seen).toEqual(all);
      // The total is counted in each page's own statement: every page states it, the last one too.
      for (const page of pages) expect([page.total, page.totalIsExact]).toEqual([all.length, true]);
    }
  });

  test('a narrower scope walks only its own dossiers', async () => {
    const district = await expected(under(DISTRICT));
    const commune = await expected(under(DINH_BINH));
    expect(commune.length).toBeGreaterThan(0);
    expect(commune.length).toBeLessThan(district.length);
    expect((await walk('yendinh.cntt', '/api/dossiers', 2)).seen).toEqual(district);
    const { seen } = await walk('dinhbinh.cntt', '/api/dossiers', 1);
    expect(seen).toEqual(commune);
  });

  test('the cursor walks a filtered list too, and offset still answers the same pages', async () => {
    const { seen } = await walk('admin', '/api/dossiers', 2, { organisationId: demo.org(DISTRICT).id });
    expect(seen).toEqual(await expected(under(DISTRICT)));
    const client = await app.as('admin');
    const byOffset = await client.get('/api/dossiers', { query: { limit: 3, offset: 3 } });
    const all = await expected(under(PROVINCE));
    expect((byOffset.json as Page).items.map((i) => i.id)).toEqual(all.slice(3, 6));
    // A page past the end has no row to carry the total: it is counted apart, and still stated.
    const pastTheEnd = (await client.get('/api/dossiers', { query: { limit: 3, offset: all.length } })).json as Page;
    expect([pastTheEnd.items, pastTheEnd.total, pastTheEnd.totalIsExact]).toEqual([[], all.length, true]);
  });
});

describe('systems: by operating unit, then name, then id', () => {
  async function expected(scopePath: string) {
    const rows = await queryRows<{ id: string; unit: string; name: string; path: string }>(
      app.db,
      sql`select s.id, o.name_order as unit, s.name_order as name, o.path
          from information_systems s join organisations o on o.id = s.operator_organisation_id`,
    );
    return rows
      .filter((row) => row.path.startsWith(scopePath))
      .sort((a, b) => bytes(a.unit, b.unit) || bytes(a.name, b.name) || bytes(a.id, b.id))
      .map((row) => row.id);
  }

  test('every system in scope once, in order, with systems of the same name under one unit', async () => {
    // Three systems of one unit (the demo has one a unit: three move to the district) take the same name: only
    // their ids order them, and pages of 2 cut between them.
    const district = demo.org(DISTRICT);
    const own = await queryRows<{ id: string }>(
      app.db,
      sql`select s.id from information_systems s join organisations o on o.id = s.operator_organisation_id
          where o.path like ${district.path + '%'} order by s.id limit 3`,
    );
    expect(own).toHaveLength(3);
    await app.db.execute(
      sql`update information_systems set name = 'Hệ thống trùng tên', operator_organisation_id = ${district.id}
          where id in (${sql.join(
            own.map((r) => sql`${r.id}::uuid`),
            sql`, `,
          )})`,
    );
    const all = await expected(under(PROVINCE));
    for (const limit of [2, 7]) expect((await walk('admin', '/api/systems', limit)).seen).toEqual(all);
    const commune = await expected(under(DINH_BINH));
    expect((await walk('dinhbinh.cntt', '/api/systems', 1)).seen).toEqual(commune);
  });
});

describe('organisations: depth, then name, then id', () => {
  test('every organisation in scope once, in order, with units of the same name at one depth', async () => {
    const rows = await queryRows<{ id: string; depth: number; name: string; path: string }>(
      app.db,
      sql`select id, depth, name_order as name, path from organisations`,
    );
    const widest = Math.max(...rows.map((r) => r.depth).filter((d) => rows.filter((r) => r.depth === d).length >= 3));
    const twins = rows.filter((r) => r.depth === widest).slice(0, 3);
    expect(twins).toHaveLength(3);
    await app.db.execute(
      sql`update organisations set name = 'Đơn vị trùng tên' where id in (${sql.join(
        twins.map((r) => sql`${r.id}::uuid`),
        sql`, `,
      )})`,
    );
    const fresh = await queryRows<{ id: string; depth: number; name: string; path: string }>(
      app.db,
      sql`select id, depth, name_order as name, path from organisations`,
    );
    const order = (scopePath: string) =>
      fresh
        .filter((r) => r.path.startsWith(scopePath))
        .sort((a, b) => a.depth - b.depth || bytes(a.name, b.name) || bytes(a.id, b.id))
        .map((r) => r.id);
    expect((await walk('admin', '/api/organisations', 2)).seen).toEqual(order(under(PROVINCE)));
    expect((await walk('yendinh.cntt', '/api/organisations', 3)).seen).toEqual(order(under(DISTRICT)));
  });
});

describe('the total: exact up to the threshold, flagged beyond it', () => {
  test.each([
    ['dossiers', listVisibleDossiers],
    ['systems', listVisibleSystems],
    ['organisations', listVisibleOrganisations],
  ] as const)('%s', async (_, list) => {
    const actor = (await loadActor(app.db, await demo.userId('admin')))!;
    const exact = await list(app.db, actor, { limit: 2, offset: 0 });
    expect(exact.totalIsExact).toBe(true);
    expect(exact.total).toBeGreaterThan(5);
    // At the threshold the count is still exact; one below it, it says "more than".
    expect(await list(app.db, actor, { limit: 2, offset: 0 }, { countLimit: exact.total })).toMatchObject({
      total: exact.total,
      totalIsExact: true,
    });
    expect(await list(app.db, actor, { limit: 2, offset: 0 }, { countLimit: exact.total - 1 })).toMatchObject({
      total: exact.total - 1,
      totalIsExact: false,
    });
    expect(await list(app.db, actor, { limit: 2, offset: 0 }, { countLimit: 3 })).toMatchObject({
      total: 3,
      totalIsExact: false,
    });
    // The page itself does not depend on the count.
    const capped = await list(app.db, actor, { limit: 2, offset: 0 }, { countLimit: 3 });
    expect(capped.items.length).toBe(2);
    expect(capped.nextCursor).toBe(exact.nextCursor);
  });
});

describe('searches page by offset inside their cursor (relevance first has no index)', () => {
  test('a search walks every match once, and a keyset cursor is refused there', async () => {
    const full = await (await app.as('admin')).get('/api/systems', { query: { q: 'hệ thống', limit: 500 } });
    const all = (full.json as Page).items.map((i) => i.id);
    expect(all.length).toBeGreaterThan(3);
    expect((await walk('admin', '/api/systems', 2, { q: 'hệ thống' })).seen).toEqual(all);

    const plain = (await (await app.as('admin')).get('/api/systems', { query: { limit: 2 } })).json as Page;
    const res = await (
      await app.as('admin')
    ).get('/api/systems', { query: { q: 'hệ thống', cursor: plain.nextCursor! } });
    expect(res.status).toBe(400);
  });
});

describe('a bad cursor is a 400 naming the field, in Vietnamese, never a 500', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  const bad = {
    'not base64url': 'không phải!',
    'not JSON': Buffer.from('{nope', 'utf8').toString('base64url'),
    'another version': encode({ v: 2, l: 'dossiers', k: ['2030-01-02T03:04:05.678901Z', crypto.randomUUID()] }),
    'a day that does not exist': encode({
      v: 1,
      l: 'dossiers',
      k: ['2030-02-30T03:04:05.678901Z', crypto.randomUUID()],
    }),
    'not an instant': encode({ v: 1, l: 'dossiers', k: ["'; drop table dossiers; --", crypto.randomUUID()] }),
    'not a uuid': encode({ v: 1, l: 'dossiers', k: ['2030-01-02T03:04:05.678901Z', 'x'] }),
    'a key too short': encode({ v: 1, l: 'dossiers', k: ['2030-01-02T03:04:05.678901Z'] }),
    'a negative offset': encode({ v: 1, l: 'dossiers', o: -1 }),
    "another list's key": encode({ v: 1, l: 'systems', k: ['a', 'b', crypto.randomUUID()] }),
    'an extra field': encode({ v: 1, l: 'dossiers', o: 0, x: 1 }),
  };
  test.each(Object.entries(bad))('%s', async (_, cursor) => {
    const res = await (await app.as('admin')).get('/api/dossiers', { query: { cursor } });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      error: {
        code: 'validation_failed',
        issues: [{ path: 'cursor', message: expect.stringContaining('Vị trí trang') }],
      },
    });
  });

  test('a systems or organisations cursor with a name holding NUL, or a depth out of range', async () => {
    const client = await app.as('admin');
    const systems = await client.get('/api/systems', {
      query: { cursor: encode({ v: 1, l: 'systems', k: ['a\u0000', 'b', crypto.randomUUID()] }) },
    });
    expect(systems.status).toBe(400);
    const organisations = await client.get('/api/organisations', {
      query: { cursor: encode({ v: 1, l: 'organisations', k: [-1, 'b', crypto.randomUUID()] }) },
    });
    expect(organisations.status).toBe(400);
  });
});
