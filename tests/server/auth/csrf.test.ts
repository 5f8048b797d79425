import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { informationSystems, organisations } from '#server/db/schema/index.js';
import { ApiClient } from '../../support/http-client.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
let officer: ApiClient;
let admin: ApiClient;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  officer = await app.loginAs('dinhbinh.cntt');
  admin = await app.loginAs('admin');
});

const systemBody = () => ({
  name: 'Hệ thống một cửa điện tử xã Định Bình',
  ownerOrganisationId: demo.org(DINH_BINH).id,
  operatorOrganisationId: demo.org(DINH_BINH).id,
  systemType: 'onlineService',
  informationTypes: ['public'],
});

const CSRF_FAILED = {
  error: {
    code: 'csrf_failed',
    message: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (x-csrf-token). Vui lòng tải lại trang.',
  },
};

describe('a state-changing request with the session cookie but without the right x-csrf-token', () => {
  const cases: Array<[string, string | false]> = [
    ['without the header', false],
    ['with a wrong token', 'wrong-token'],
    ['with an empty token', ''],
  ];
  test.each(cases)('POST /api/systems %s answers 403 and writes nothing', async (_, csrf) => {
    const before = await snapshotTables(app.db);
    const res = await officer.post('/api/systems', { body: systemBody(), csrf });
    expect(res.status).toBe(403);
    expect(res.json).toEqual(CSRF_FAILED);
    expect(await snapshotTables(app.db)).toEqual(before);
  });

  test("another session's token does not do either", async () => {
    const before = await app.db.select({ n: count() }).from(informationSystems);
    const res = await officer.post('/api/systems', { body: systemBody(), csrf: admin.csrfToken! });
    expect(res.status).toBe(403);
    expect(await app.db.select({ n: count() }).from(informationSystems)).toEqual(before);
  });

  test('PATCH /api/organisations/:id answers 403 and leaves the row unchanged', async () => {
    const target = demo.org(DINH_BINH);
    const res = await admin.patch(`/api/organisations/${target.id}`, {
      body: { version: target.version, name: 'Tên đã bị giả mạo' },
      csrf: false,
    });
    expect(res.status).toBe(403);
    const [row] = await app.db.select().from(organisations).where(eq(organisations.id, target.id));
    expect(row).toEqual(target);
  });

  test("the same request with the session's token goes through", async () => {
    const res = await officer.post('/api/systems', { body: systemBody() });
    expect(res.status).toBe(201);
  });
});

test('reading needs no CSRF header', async () => {
  const res = await officer.get('/api/systems', { csrf: false });
  expect(res.status).toBe(200);
});
