import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { toSearchText } from '#shared/common/search-text.js';
import { users } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DISTRICT, SO_TTTT, TTDVNN, demoUsers, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

interface Item {
  id: string;
  username: string;
  active: boolean;
  memberships: Array<{ organisationId: string; role: string }>;
}
const usernames = (res: { json: { items: Item[] } }) => res.json.items.map((item) => item.username).sort();

describe('GET /api/users', () => {
  test('searches username and full name without accents, in any case', async () => {
    const admin = await app.as('admin');
    for (const q of ['pham van binh', 'PHẠM VĂN', 'Phạm Văn Bình', 'dinhbinh.cn', 'binh']) {
      const res = await admin.get('/api/users', { query: { q } });
      expect(res.status).toBe(200);
      expect(usernames(res), q).toContain('dinhbinh.cntt');
    }
    expect(usernames(await admin.get('/api/users', { query: { q: 'do thi nong' } }))).toEqual(['ttdvnn.cntt']);
    expect((await admin.get('/api/users', { query: { q: 'không có ai tên này' } })).json).toEqual({
      items: [],
      total: 0,
    });
  });

  test('the search column drops every Vietnamese accent exactly as the search text does', async () => {
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
    const fullName = `${letters} ${letters.toUpperCase()}  Nguyễn   Đức`;
    const made = await makeUser(app.db, { fullName, memberships: [] });
    const [row] = await app.db.select({ searchText: users.searchText }).from(users).where(eq(users.id, made.id));
    expect(row!.searchText).toBe(toSearchText(`${made.username} ${fullName}`));
  });

  test('filters by organisation (its subtree), role and state, alone or together', async () => {
    const admin = await app.as('admin');
    const district = await admin.get('/api/users', { query: { organisationId: demo.org(DISTRICT).id } });
    expect(usernames(district)).toEqual(
      expect.arrayContaining(['yendinh.tonghop', 'yendinh.cntt', 'dinhbinh.cntt', 'ttdvnn.cntt']),
    );
    expect(usernames(district)).not.toContain('admin');
    expect(usernames(district)).not.toContain('sotttt.thamdinh');

    const appraisers = await admin.get('/api/users', { query: { role: 'appraiser' } });
    expect(usernames(appraisers)).toEqual(
      demoUsers
        .filter((u) => u.role === 'appraiser')
        .map((u) => u.username)
        .sort(),
    );
    const officersOfDistrict = await admin.get('/api/users', {
      query: { organisationId: demo.org(DISTRICT).id, role: 'officer' },
    });
    expect(usernames(officersOfDistrict)).toEqual(
      expect.arrayContaining(['yendinh.cntt', 'dinhbinh.cntt', 'ttdvnn.cntt']),
    );
    expect(usernames(officersOfDistrict)).not.toContain('yendinh.tonghop');
    // The role and the organisation are of the same membership: no officer at the Sở.
    expect(
      (await admin.get('/api/users', { query: { organisationId: demo.org(SO_TTTT).id, role: 'officer' } })).json,
    ).toEqual({ items: [], total: 0 });

    const disabled = await makeUser(app.db, {
      memberships: [{ organisationId: demo.org(TTDVNN).id, role: 'officer' }],
      disabled: true,
    });
    const inactive = await admin.get('/api/users', { query: { state: 'inactive' } });
    expect(inactive.json.items.map((item: Item) => item.id)).toContain(disabled.id);
    expect(inactive.json.items.every((item: Item) => !item.active)).toBe(true);
    const active = await admin.get('/api/users', { query: { state: 'active', limit: 500 } });
    expect(active.json.items.map((item: Item) => item.id)).not.toContain(disabled.id);
    expect(active.json.items.every((item: Item) => item.active)).toBe(true);
  });

  test('pages with limit and offset, the total counting every match', async () => {
    const admin = await app.as('admin');
    const all = await admin.get('/api/users', { query: { limit: 500 } });
    expect(all.json.total).toBe(all.json.items.length);
    expect(all.json.total).toBeGreaterThanOrEqual(demoUsers.length);
    const pages = [];
    for (let offset = 0; offset < all.json.total; offset += 3) {
      const page = await admin.get('/api/users', { query: { limit: 3, offset } });
      expect(page.json.total).toBe(all.json.total);
      expect(page.json.items.length).toBeLessThanOrEqual(3);
      pages.push(...page.json.items.map((item: Item) => item.id));
    }
    expect(pages).toEqual(all.json.items.map((item: Item) => item.id));
    expect((await admin.get('/api/users', { query: { limit: 0 } })).status).toBe(400);
  });

  test("lists only people holding a role in the caller's administered subtree; to others, nobody", async () => {
    const made = await makeUser(app.db, {
      username: 'dinhbinh.qtds',
      memberships: [{ organisationId: demo.org(DINH_BINH).id, role: 'admin' }],
    });
    const client = await app.loginAs(made.username, made.password);
    const res = await client.get('/api/users', { query: { limit: 500 } });
    const commune = demo.subtreeIds(DINH_BINH);
    expect(res.json.items.length).toBeGreaterThanOrEqual(2);
    for (const item of res.json.items as Item[]) {
      expect(item.memberships.length).toBeGreaterThan(0);
      for (const m of item.memberships) expect(commune.has(m.organisationId), item.username).toBe(true);
    }
    expect(usernames(res)).toContain('dinhbinh.cntt');
    expect(usernames(res)).not.toContain('admin');
    expect(res.json.total).toBe(res.json.items.length);
    // Someone who administers nobody sees nobody.
    for (const username of ['dinhbinh.cntt', 'yendinh.tonghop', 'sotttt.lanhdao']) {
      expect((await (await app.as(username)).get('/api/users')).json, username).toEqual({ items: [], total: 0 });
    }
  });
});
