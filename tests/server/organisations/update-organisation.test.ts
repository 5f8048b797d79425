import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { organisations } from '#server/db/schema/index.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const rowOf = async (id: string) => (await app.db.select().from(organisations).where(eq(organisations.id, id)))[0]!;

test('an admin renames with the current version: 200, version + 1, searchable by the new name', async () => {
  const org = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH), name: 'Tổ công nghệ số cộng đồng' });
  const admin = await app.as('admin');
  const res = await admin.patch(`/api/organisations/${org.id}`, {
    body: { version: 1, name: 'Tổ công nghệ số thôn Yên Lạc', shortName: 'TCNS' },
  });
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({
    id: org.id,
    name: 'Tổ công nghệ số thôn Yên Lạc',
    shortName: 'TCNS',
    version: 2,
    kind: org.kind,
    place: org.place,
  });
  expect(await rowOf(org.id)).toMatchObject({
    version: 2,
    searchText: 'to cong nghe so thon yen lac tcns',
    path: org.path,
  });
  const found = await admin.get('/api/organisations', { query: { q: 'thon yen lac' } });
  expect(found.json.items.map((item: { id: string }) => item.id)).toEqual([org.id]);
});

test('a stale version answers 409 stale_version and leaves the row unchanged', async () => {
  const org = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH) });
  const admin = await app.as('admin');
  expect((await admin.patch(`/api/organisations/${org.id}`, { body: { version: 1, place: 'Yên Định' } })).status).toBe(
    200,
  );
  const saved = await rowOf(org.id);
  const res = await admin.patch(`/api/organisations/${org.id}`, {
    body: { version: 1, name: 'Tên cũ đè lên tên mới' },
  });
  expect(res.status).toBe(409);
  expect(res.json.error).toEqual({
    code: 'stale_version',
    message: 'Dữ liệu đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại và thực hiện lại thay đổi.',
  });
  expect(await rowOf(org.id)).toEqual(saved);
});

test('two people saving the same version: the first wins, the second gets 409', async () => {
  const org = await makeOrganisation(app.db, { parent: demo.org(DINH_BINH) });
  const [a, b] = [await app.as('admin'), await app.as('admin')];
  const results = await Promise.all([
    a.patch(`/api/organisations/${org.id}`, { body: { version: 1, name: 'Tên do người A đặt' } }),
    b.patch(`/api/organisations/${org.id}`, { body: { version: 1, name: 'Tên do người B đặt' } }),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  const winner = results.find((r) => r.status === 200)!;
  expect((await rowOf(org.id)).name).toBe(winner.json.name);
});

test('a non-admin gets 403 and nothing changes', async () => {
  const target = demo.org(DINH_BINH);
  for (const username of ['dinhbinh.cntt', 'yendinh.tonghop', 'sotttt.lanhdao']) {
    const res = await (
      await app.as(username)
    ).patch(`/api/organisations/${target.id}`, { body: { version: target.version, name: 'Đổi tên' } });
    expect(res.status, username).toBe(403);
  }
  expect(await rowOf(target.id)).toEqual(target);
});

test('the version is required and fields are validated', async () => {
  const admin = await app.as('admin');
  const target = demo.org(DINH_BINH);
  const res = await admin.patch(`/api/organisations/${target.id}`, { body: { name: 'x', kind: 'village' } });
  expect(res.status).toBe(400);
  expect(res.json.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
    'kind',
    'name',
    'version',
  ]);
  expect(await rowOf(target.id)).toEqual(target);
});

test('a version beyond the integer range answers 400 naming version, not 500', async () => {
  const target = demo.org(DINH_BINH);
  const res = await (
    await app.as('admin')
  ).patch(`/api/organisations/${target.id}`, { body: { version: 3_000_000_000, name: 'Tên mới' } });
  expect(res.status).toBe(400);
  expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['version']);
  expect(await rowOf(target.id)).toEqual(target);
});
