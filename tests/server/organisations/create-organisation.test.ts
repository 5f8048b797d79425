import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { organisations } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DINH_CONG, DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const organisationCount = async () => (await app.db.select({ n: count() }).from(organisations))[0]!.n;
const body = (parentId: string) => ({
  parentId,
  kind: 'publicServiceUnit',
  name: '  Trạm Y tế xã Định Bình ',
  shortName: 'TYT',
  place: 'Định Bình',
});

describe('POST /api/organisations', () => {
  test('an admin creates a child: 201, stored under its parent with path and depth', async () => {
    const admin = await app.as('admin');
    const parent = demo.org(DINH_BINH);
    const res = await admin.post('/api/organisations', { body: body(parent.id) });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      parentId: parent.id,
      kind: 'publicServiceUnit',
      name: 'Trạm Y tế xã Định Bình',
      depth: 3,
      childCount: 0,
      version: 1,
      ancestors: [PROVINCE, DISTRICT, DINH_BINH].map((name) =>
        expect.objectContaining({ id: demo.org(name).id, name }),
      ),
    });
    const [row] = await app.db.select().from(organisations).where(eq(organisations.id, res.json.id));
    expect(row).toMatchObject({
      path: `${parent.path}${res.json.id}/`,
      depth: 3,
      searchText: 'tram y te xa dinh binh tyt',
    });
    const children = await admin.get('/api/organisations', { query: { parentId: parent.id } });
    expect(children.json.items.map((item: { id: string }) => item.id)).toEqual([res.json.id]);
    // the officer of Định Bình now sees it too: a role covers the whole subtree
    const officer = await app.as('dinhbinh.cntt');
    expect((await officer.get(`/api/organisations/${res.json.id}`)).status).toBe(200);
  });

  test('a non-admin gets 403 on a parent they can see, and nothing is created', async () => {
    const before = await organisationCount();
    for (const username of ['yendinh.cntt', 'yendinh.tonghop', 'dinhbinh.cntt', 'sotttt.thamdinh']) {
      const client = await app.as(username);
      const res = await client.post('/api/organisations', { body: body(demo.org(DINH_BINH).id) });
      expect(res.status, username).toBe(403);
      expect(res.json.error.code).toBe('forbidden');
    }
    expect(await organisationCount()).toBe(before);
  });

  test("a parent outside the admin's scope answers 400 naming parentId, like one that does not exist", async () => {
    const communeAdmin = await makeUser(app.db, {
      memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
    });
    const client = await app.loginAs(communeAdmin.username, communeAdmin.password);
    const before = await organisationCount();
    const outside = await client.post('/api/organisations', { body: body(demo.org(DINH_CONG).id) });
    const missing = await client.post('/api/organisations', { body: body(randomUUID()) });
    expect(outside.status).toBe(400);
    expect(outside.json.error.issues).toEqual([
      { path: 'parentId', message: 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn.' },
    ]);
    expect(missing.json).toEqual(outside.json);
    expect(await organisationCount()).toBe(before);
    // inside their own subtree they may
    expect((await client.post('/api/organisations', { body: body(demo.org(DINH_BINH).id) })).status).toBe(201);
  });

  test('an invalid body answers 400 naming every bad field, and nothing is created', async () => {
    const admin = await app.as('admin');
    const before = await organisationCount();
    const res = await admin.post('/api/organisations', {
      body: { parentId: 'abc', kind: 'village', name: ' x ', shortName: '', place: 42 },
    });
    expect(res.status).toBe(400);
    const issues = Object.fromEntries(
      res.json.error.issues.map((issue: { path: string; message: string }) => [issue.path, issue.message]),
    );
    expect(issues).toEqual({
      parentId: 'Mã định danh không hợp lệ.',
      kind: 'Giá trị không thuộc danh sách cho phép.',
      name: 'Cần ít nhất 2 ký tự.',
      shortName: 'Trường này là bắt buộc.',
      place: 'Giá trị không đúng kiểu dữ liệu.',
    });
    expect(await organisationCount()).toBe(before);
  });
});
