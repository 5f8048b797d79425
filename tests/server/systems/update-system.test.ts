import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { informationSystems } from '#server/db/schema/index.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, DINH_CONG, DISTRICT, type Demo } from '../../support/demo.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const rowOf = async (id: string) =>
  (await app.db.select().from(informationSystems).where(eq(informationSystems.id, id)))[0]!;
const freshSystem = () =>
  makeSystem(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    ownerOrganisationId: demo.org(DISTRICT).id,
    name: 'Hệ thống wifi công cộng xã Định Bình',
    systemType: 'infrastructure',
    informationTypes: ['public', 'personal'],
    internalUserCount: 7,
    externalUserCount: 900,
    basicDataSubjects: 900,
    sensitiveDataSubjects: 2,
    description: 'Điểm phát wifi tại nhà văn hóa các thôn.',
    address: 'wifi.dinhbinh.vn',
    status: 'planned',
  });

test('PATCH with the current version: 200, version + 1, the change saved', async () => {
  const system = await freshSystem();
  const res = await (
    await app.as('dinhbinh.cntt')
  ).patch(`/api/systems/${system.id}`, {
    body: { version: 1, name: 'Hệ thống wifi miễn phí xã Định Bình', status: 'operating' },
  });
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({
    id: system.id,
    version: 2,
    name: 'Hệ thống wifi miễn phí xã Định Bình',
    status: 'operating',
  });
  expect(new Date(res.json.updatedAt).getTime()).toBeGreaterThanOrEqual(system.updatedAt.getTime());
  const row = await rowOf(system.id);
  expect(row).toMatchObject({ version: 2, name: 'Hệ thống wifi miễn phí xã Định Bình' });
  expect(row.searchText).toContain('he thong wifi mien phi xa dinh binh');
});

test('a PATCH changes only the fields it sends', async () => {
  const system = await freshSystem();
  const res = await (
    await app.as('dinhbinh.cntt')
  ).patch(`/api/systems/${system.id}`, { body: { version: 1, name: 'Wifi công cộng Định Bình' } });
  expect(res.status).toBe(200);
  // The name and what is derived from it (search text and vector, order key) change; nothing else does.
  const {
    name: _name,
    version: _version,
    updatedAt: _updatedAt,
    searchText: _searchText,
    searchVector: _searchVector,
    nameOrder: _nameOrder,
    ...untouched
  } = system;
  expect(await rowOf(system.id)).toMatchObject(untouched);
});

test('a stale version answers 409 stale_version and the row is unchanged', async () => {
  const system = await freshSystem();
  const client = await app.as('dinhbinh.cntt');
  expect(
    (await client.patch(`/api/systems/${system.id}`, { body: { version: 1, description: 'Bản của người thứ nhất' } }))
      .status,
  ).toBe(200);
  const saved = await rowOf(system.id);
  const res = await client.patch(`/api/systems/${system.id}`, {
    body: { version: 1, description: 'Bản cũ của người thứ hai' },
  });
  expect(res.status).toBe(409);
  expect(res.json.error.code).toBe('stale_version');
  expect(await rowOf(system.id)).toEqual(saved);
});

test('a reporter or an appraiser gets 403 and nothing changes', async () => {
  const system = demo.systemOf(DINH_BINH);
  const before = await snapshotTables(app.db);
  for (const username of ['yendinh.tonghop', 'sotttt.thamdinh', 'sotttt.lanhdao']) {
    const res = await (
      await app.as(username)
    ).patch(`/api/systems/${system.id}`, { body: { version: system.version, name: 'Đổi tên trái phép' } });
    expect(res.status, username).toBe(403);
  }
  expect(await snapshotTables(app.db)).toEqual(before);
});

test('moving the system to an operator outside scope answers 400 operatorOrganisationId; nothing changes', async () => {
  const system = await freshSystem();
  const before = await rowOf(system.id);
  const res = await (
    await app.as('dinhbinh.cntt')
  ).patch(`/api/systems/${system.id}`, {
    body: { version: 1, operatorOrganisationId: demo.org(DINH_CONG).id },
  });
  expect(res.status).toBe(400);
  expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['operatorOrganisationId']);
  expect(await rowOf(system.id)).toEqual(before);
});

test('an owner below the operator answers 400 ownerOrganisationId; nothing changes', async () => {
  const system = await freshSystem();
  const before = await rowOf(system.id);
  const res = await (
    await app.as('yendinh.cntt')
  ).patch(`/api/systems/${system.id}`, {
    body: { version: 1, operatorOrganisationId: demo.org(DISTRICT).id, ownerOrganisationId: demo.org(DINH_BINH).id },
  });
  expect(res.status).toBe(400);
  expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['ownerOrganisationId']);
  expect(await rowOf(system.id)).toEqual(before);
});

test('the version is required', async () => {
  const system = await freshSystem();
  const res = await (
    await app.as('dinhbinh.cntt')
  ).patch(`/api/systems/${system.id}`, { body: { name: 'Không có phiên bản' } });
  expect(res.status).toBe(400);
  expect(res.json.error.issues).toEqual([{ path: 'version', message: 'Trường này là bắt buộc.' }]);
});
