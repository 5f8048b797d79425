import { beforeAll, describe, expect, test } from 'vitest';
import { makeCommuneAdmin } from '../factories/users.js';
import type { Demo } from '../support/demo.js';
import { useDemoApp } from '../support/demo-app.js';
import { snapshotTables } from '../support/snapshot.js';
import type { TestApp } from '../support/test-app.js';
import { contractsOfKind } from './endpoints.js';

/**
 * The background jobs' dashboard, asked by everyone who is not an administrator of a top-level organisation:
 * a commune's administrator, the Sở's appraiser and approver, the district's reporter and officer, a commune's
 * officer. Each is refused with 403 (the page exists for anyone who signs in; what it shows does not), and
 * nothing changes.
 */
let app: TestApp;
let demo: Demo;
let communeAdminPassword = '';
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  communeAdminPassword = await makeCommuneAdmin(app.db, demo);
});

const FORBIDDEN = { error: { code: 'forbidden', message: 'Bạn không có quyền thực hiện thao tác này.' } };
const outsiders = [
  'dinhbinh.admin',
  'sotttt.thamdinh',
  'sotttt.lanhdao',
  'yendinh.tonghop',
  'yendinh.cntt',
  'dinhbinh.cntt',
  'ttdvnn.cntt',
];
const clientOf = (username: string) =>
  username === 'dinhbinh.admin' ? app.as(username, communeAdminPassword) : app.as(username);

describe.each(contractsOfKind('jobs'))('%s', (_, contract) => {
  test.each(outsiders)('as %s: 403, and nothing changes', async (username) => {
    const client = await clientOf(username);
    const before = await snapshotTables(app.db);
    const res = await client.request(contract.method.toUpperCase(), contract.path);
    expect(res.status).toBe(403);
    expect(res.json).toEqual(FORBIDDEN);
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test("the province's administrator reads it (the suite is not passing by refusing everyone)", async () => {
    const res = await (await app.as('admin')).request(contract.method.toUpperCase(), contract.path);
    expect(res.status, res.text).toBe(200);
    expect(res.json.queues.length).toBeGreaterThan(0);
  });
});

test('the suite covers the jobs endpoint', () => {
  expect(contractsOfKind('jobs').map(([key]) => key)).toEqual(['GET /api/jobs']);
});
