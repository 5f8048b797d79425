import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { DINH_BINH, DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

test('one organisation with its ancestors root first, for breadcrumbs', async () => {
  const admin = await app.as('admin');
  const res = await admin.get(`/api/organisations/${demo.org(DINH_BINH).id}`);
  expect(res.status).toBe(200);
  expect(res.json).toEqual({
    id: demo.org(DINH_BINH).id,
    parentId: demo.org(DISTRICT).id,
    kind: 'commune',
    name: DINH_BINH,
    shortName: 'UBND',
    place: 'Định Bình',
    code: null,
    depth: 2,
    childCount: 0,
    ancestors: [
      { id: demo.org(PROVINCE).id, name: PROVINCE, shortName: 'UBND' },
      { id: demo.org(DISTRICT).id, name: DISTRICT, shortName: 'UBND' },
    ],
    version: 1,
    abilities: { update: true, createChild: true, createSystem: true },
  });
});

test('abilities follow the role: a reporter may read only', async () => {
  const reporter = await app.as('yendinh.tonghop');
  const res = await reporter.get(`/api/organisations/${demo.org(DINH_BINH).id}`);
  expect(res.json.abilities).toEqual({ update: false, createChild: false, createSystem: false });
});

test('an unknown id answers 404; a malformed one 400 naming id', async () => {
  const admin = await app.as('admin');
  const missing = await admin.get(`/api/organisations/${randomUUID()}`);
  expect(missing.status).toBe(404);
  expect(missing.json).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy dữ liệu yêu cầu.' } });
  const malformed = await admin.get('/api/organisations/12345');
  expect(malformed.status).toBe(400);
  expect(malformed.json.error.issues).toEqual([{ path: 'id', message: 'Mã định danh không hợp lệ.' }]);
});

test("an organisation above one's own unit answers 404 as if it did not exist", async () => {
  const officer = await app.as('dinhbinh.cntt');
  const random = await officer.get(`/api/organisations/${randomUUID()}`);
  for (const name of [PROVINCE, DISTRICT]) {
    const res = await officer.get(`/api/organisations/${demo.org(name).id}`);
    expect(res.status).toBe(404);
    expect(res.json).toEqual(random.json);
  }
});
