import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { sessions } from '#server/db/schema/index.js';
import { makeCommuneAdmin } from '../factories/users.js';
import { type Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';
import { answerOf, contractsOfKind, pathWith, randomId } from './endpoints.js';

/**
 * Endpoints whose :id names a person, called about people who hold no role the caller administers:
 * each answers exactly like an id nobody has, and nothing changes (their sessions included).
 */
let app: TestApp;
let demo: Demo;
let communeAdminPassword = '';
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  communeAdminPassword = await makeCommuneAdmin(app.db, demo);
});

const outsiders = ['dinhbinh.cntt', 'dinhbinh.admin', 'ttdvnn.cntt'];
/** People of other units (and, for an officer, everyone: officers administer nobody). */
const strangersOf = (username: string) =>
  ['admin', 'sotttt.thamdinh', 'yendinh.cntt', 'ttdvnn.cntt', 'dinhbinh.cntt'].filter(
    (other) => other !== username && !(username === 'dinhbinh.admin' && other === 'dinhbinh.cntt'),
  );
/** Which sessions exist (not when each was last seen: the caller's own is touched as it calls). */
const sessionRows = () =>
  app.db.select({ id: sessions.id, userId: sessions.userId }).from(sessions).orderBy(sessions.id);

describe.each(outsiders)('as %s', (username) => {
  describe.each(contractsOfKind('person'))('%s', (_, contract) => {
    test('a person of another unit answers exactly like an id nobody has; nothing changes', async () => {
      const client = await app.as(username, username === 'dinhbinh.admin' ? communeAdminPassword : undefined);
      // The strangers each have an open session that must survive.
      for (const other of strangersOf(username)) await app.as(other);
      const method = contract.method.toUpperCase();
      const before = { tables: await snapshotTables(app.db), sessions: await sessionRows() };
      const random = await client.request(method, pathWith(contract, randomId()));
      expect(random.status).toBe(404);
      for (const other of strangersOf(username)) {
        const res = await client.request(method, pathWith(contract, await demo.userId(other)));
        expect(answerOf(res), other).toEqual(answerOf(random));
      }
      expect({ tables: await snapshotTables(app.db), sessions: await sessionRows() }).toEqual(before);
    });
  });
});

test('the suite is not passing by refusing everything: the commune admin reaches its own officer', async () => {
  const communeAdmin = await app.as('dinhbinh.admin', communeAdminPassword);
  const officer = await app.loginAs('dinhbinh.cntt');
  const res = await communeAdmin.request('DELETE', `/api/users/${await demo.userId('dinhbinh.cntt')}/sessions`);
  expect(res.status).toBe(200);
  expect((await officer.get('/api/auth/me')).status).toBe(401);
  expect(await app.db.select().from(sessions).where(eq(sessions.userId, officer.user!.id))).toEqual([]);
});
