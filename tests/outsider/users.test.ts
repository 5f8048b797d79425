import { asc, count, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { accountLinks, auditEvents, memberships, sessions } from '#server/db/schema/index.js';
import { makeUser } from '../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, SO_TTTT, TTDVNN, type Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';
import { answerOf, contractsOfKind, pathWith, randomId } from './endpoints.js';

/**
 * The accounts API called by people of one unit about people of other units: each answer is the one an id
 * nobody has gets, lists never show them, and nothing changes (accounts, roles, links, sessions, the trail).
 */
let app: TestApp;
let demo: Demo;
const passwords: Record<string, string> = {};
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const communeAdmin = await makeUser(app.db, {
    username: 'dinhbinh.admin',
    memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
  });
  passwords['dinhbinh.admin'] = communeAdmin.password;
  await makeUser(app.db, {
    username: 'dinhcong.cntt',
    memberships: [{ organisationId: demo.org(DINH_CONG).id, role: 'officer' }],
  });
});

const outsiders: Record<string, string> = {
  'dinhbinh.cntt': DINH_BINH, // officer of a commune: administers nobody
  'dinhbinh.admin': DINH_BINH, // admin of the same commune: every right, within it
  'ttdvnn.cntt': TTDVNN, // officer of a public service unit
};
const clientOf = (username: string) => app.as(username, passwords[username]);
/** People holding no role the caller administers: every demo person outside the commune, and a sibling's. */
const strangersOf = (username: string) =>
  ['admin', 'sotttt.thamdinh', 'yendinh.tonghop', 'yendinh.cntt', 'ttdvnn.cntt', 'dinhcong.cntt', 'dinhbinh.cntt']
    .filter((other) => other !== username)
    .filter((other) => !(username === 'dinhbinh.admin' && other === 'dinhbinh.cntt'));

/** Everything a call could change, the sessions and the audit trail included. */
async function everything() {
  const [links, sessionRows, [events]] = await Promise.all([
    app.db.select().from(accountLinks).orderBy(asc(accountLinks.id)),
    app.db
      .select({ userId: sessions.userId, tokenHash: sessions.tokenHash })
      .from(sessions)
      .orderBy(sessions.tokenHash),
    app.db.select({ n: count() }).from(auditEvents),
  ]);
  return { tables: await snapshotTables(app.db), links, sessions: sessionRows, events: events!.n };
}

describe.each(Object.keys(outsiders))('as %s', (username) => {
  describe.each(contractsOfKind('account'))('%s', (_, contract, sample) => {
    test('a person of another unit answers exactly like an id nobody has; nothing changes', async () => {
      const client = await clientOf(username);
      for (const other of strangersOf(username)) if (other !== 'dinhcong.cntt') await app.as(other);
      const method = contract.method.toUpperCase();
      const own = { own: demo.org(outsiders[username]!) };
      const before = await everything();
      const random = await client.request(method, pathWith(contract, randomId()), {
        body: sample.body?.({ version: 1 }, own),
      });
      expect(random.status).toBe(404);
      for (const other of strangersOf(username)) {
        const id = await demo.userId(other);
        const [role] = await app.db
          .select()
          .from(memberships)
          .where(inArray(memberships.userId, [id]));
        const res = await client.request(method, pathWith(contract, id, role!.id), {
          body: sample.body?.({ version: 1 }, own),
        });
        expect(answerOf(res), other).toEqual(answerOf(random));
      }
      expect(await everything()).toEqual(before);
    });
  });

  describe.each(contractsOfKind('accountList'))('%s', (_, contract, sample) => {
    const foreign = () =>
      [PROVINCE, DISTRICT, SO_TTTT, DINH_CONG, TTDVNN]
        .filter((name) => !demo.subtreeIds(outsiders[username]!).has(demo.org(name).id))
        .map((name) => demo.org(name));

    test('lists only people holding a role the caller administers, whatever the filters', async () => {
      const client = await clientOf(username);
      const mine = demo.subtreeIds(outsiders[username]!);
      const administers = username === 'dinhbinh.admin';
      for (const query of [{}, ...foreign().flatMap((org) => sample.filters(org))]) {
        const res = await client.get(contract.path, { query: { limit: '500', ...query } });
        expect(res.status).toBe(200);
        expect(res.json.total, JSON.stringify(query)).toBe(res.json.items.length);
        const ids = res.json.items.map((item: { id: string }) => item.id);
        if (!administers) expect(ids, JSON.stringify(query)).toEqual([]);
        const held = ids.length ? await app.db.select().from(memberships).where(inArray(memberships.userId, ids)) : [];
        for (const id of ids) {
          expect(
            held.some((m) => m.userId === id && mine.has(m.organisationId)),
            JSON.stringify(query),
          ).toBe(true);
        }
      }
      if (administers) expect((await client.get(contract.path)).json.total).toBeGreaterThan(0);
    });

    test('a filter naming another commune or unit answers like one naming nothing that exists', async () => {
      const client = await clientOf(username);
      for (const org of foreign().filter((o) => o.kind === 'commune' || o.kind === 'publicServiceUnit')) {
        const real = await client.get(contract.path, { query: { organisationId: org.id } });
        const made = await client.get(contract.path, { query: { organisationId: randomId() } });
        expect(answerOf(real), org.name).toEqual(answerOf(made));
      }
    });
  });
});

test('the suite is not passing by refusing everything: the commune admin reaches its own officer', async () => {
  const client = await clientOf('dinhbinh.admin');
  const res = await client.get(`/api/users/${await demo.userId('dinhbinh.cntt')}`);
  expect(res.status).toBe(200);
  expect(res.json.username).toBe('dinhbinh.cntt');
});
