import { beforeAll, describe, expect, test } from 'vitest';
import type { ApiClient } from '../../support/http-client.js';
import { DINH_BINH, DISTRICT, PROVINCE, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
let admin: ApiClient;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  admin = await app.as('admin');
});

const names = (res: { json: { items: Array<{ name: string }> } }) => res.json.items.map((item) => item.name);

describe('scope', () => {
  test('the province admin sees all 32 demo organisations, root first: province, Sở, district, 29 units', async () => {
    const res = await admin.get('/api/organisations', { query: { limit: 500 } });
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(32);
    expect(res.json.items).toHaveLength(32);
    expect(res.json.items[0]).toMatchObject({ name: PROVINCE, depth: 0, parentId: null, ancestors: [] });
    const depths = res.json.items.map((item: { depth: number }) => item.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
  });

  const scoped: Array<[string, number]> = [
    ['dinhbinh.cntt', 1],
    ['ttdvnn.cntt', 1],
    ['yendinh.tonghop', 30],
    ['yendinh.cntt', 30],
    ['sotttt.thamdinh', 32], // appraiser of the designated unit: the whole province
    ['sotttt.lanhdao', 32],
  ];
  test.each(scoped)('%s sees %i', async (username, expected) => {
    const res = await (await app.as(username)).get('/api/organisations', { query: { limit: 500 } });
    expect(res.json.total).toBe(expected);
    expect(res.json.items).toHaveLength(expected);
  });

  test('dinhbinh.cntt sees only Định Bình, with its breadcrumbs and abilities', async () => {
    const res = await (await app.as('dinhbinh.cntt')).get('/api/organisations');
    expect(res.json).toEqual({
      total: 1,
      totalIsExact: true,
      nextCursor: null,
      items: [
        expect.objectContaining({
          id: demo.org(DINH_BINH).id,
          name: DINH_BINH,
          kind: 'commune',
          ancestors: [
            { id: demo.org(PROVINCE).id, name: PROVINCE, shortName: 'UBND' },
            { id: demo.org(DISTRICT).id, name: DISTRICT, shortName: 'UBND' },
          ],
          abilities: { update: false, createChild: false, createSystem: true },
        }),
      ],
    });
  });
});

describe('filters', () => {
  test.each(['dinh binh', 'ĐỊNH BÌNH', 'Định Bình', 'Định Bình'.normalize('NFD'), '  dinh   binh '])(
    'q=%j finds Định Bình without regard to accents, case or spacing',
    async (q) => {
      const res = await admin.get('/api/organisations', { query: { q } });
      expect(res.status).toBe(200);
      expect(names(res)).toEqual([DINH_BINH]);
    },
  );

  test('q searches the short name too', async () => {
    const res = await admin.get('/api/organisations', { query: { q: 'ttdvnn' } });
    expect(names(res)).toEqual(['Trung tâm Dịch vụ nông nghiệp huyện Yên Định']);
  });

  test('q with LIKE wildcards matches them literally', async () => {
    expect((await admin.get('/api/organisations', { query: { q: '%' } })).json.total).toBe(0);
    expect((await admin.get('/api/organisations', { query: { q: '_' } })).json.total).toBe(0);
    expect((await admin.get('/api/organisations', { query: { q: '\\' } })).json.total).toBe(0);
  });

  test('parentId lists the direct children only', async () => {
    const res = await admin.get('/api/organisations', { query: { parentId: demo.org(DISTRICT).id, limit: 500 } });
    expect(res.json.total).toBe(29); // 4 towns, 22 communes, 3 public service units
    expect(res.json.items.every((item: { parentId: string }) => item.parentId === demo.org(DISTRICT).id)).toBe(true);
    const province = await admin.get('/api/organisations', { query: { parentId: demo.org(PROVINCE).id } });
    expect(names(province).sort()).toEqual(['Sở Thông tin và Truyền thông tỉnh Thanh Hóa', DISTRICT].sort());
  });

  test('under lists the organisation and its whole subtree', async () => {
    const res = await admin.get('/api/organisations', { query: { under: demo.org(DISTRICT).id, limit: 500 } });
    expect(res.json.total).toBe(30);
    expect(new Set(res.json.items.map((item: { id: string }) => item.id))).toEqual(demo.subtreeIds(DISTRICT));
  });

  test.each([
    ['commune', 22],
    ['town', 4],
    ['publicServiceUnit', 3],
    ['district', 1],
    ['ward', 0],
  ] as const)('kind=%s gives %i', async (kind, expected) => {
    const res = await admin.get('/api/organisations', { query: { kind } });
    expect(res.json.total).toBe(expected);
    expect(res.json.items.every((item: { kind: string }) => item.kind === kind)).toBe(true);
  });

  test('filters combine', async () => {
    const res = await admin.get('/api/organisations', {
      query: { under: demo.org(DISTRICT).id, kind: 'town', q: 'quan lao' },
    });
    expect(names(res)).toEqual(['Ủy ban nhân dân thị trấn Quán Lào']);
  });

  test('childCount counts direct children', async () => {
    const res = await admin.get(`/api/organisations/${demo.org(DISTRICT).id}`);
    expect(res.json.childCount).toBe(29);
  });
});

describe('paging', () => {
  test('limit defaults to 50 and offset pages through without overlap', async () => {
    const all = await admin.get('/api/organisations');
    expect(all.json.items).toHaveLength(32);
    const seen: string[] = [];
    for (let offset = 0; offset < 32; offset += 10) {
      const page = await admin.get('/api/organisations', { query: { limit: 10, offset } });
      expect(page.json.total).toBe(32);
      expect(page.json.items).toHaveLength(Math.min(10, 32 - offset));
      seen.push(...page.json.items.map((item: { id: string }) => item.id));
    }
    expect(seen).toEqual(all.json.items.map((item: { id: string }) => item.id));
    const past = await admin.get('/api/organisations', { query: { offset: 40 } });
    expect(past.json).toEqual({ items: [], total: 32, totalIsExact: true, nextCursor: null });
  });

  test.each([
    ['limit', { limit: 501 }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 'many' }],
    ['limit', { limit: 2.5 }],
    ['offset', { offset: -1 }],
    ['parentId', { parentId: 'not-a-uuid' }],
    ['kind', { kind: 'village' }],
  ])('400 naming %s for %j', async (field, query) => {
    const res = await admin.get('/api/organisations', { query });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    expect(res.json.error.issues.map((issue: { path: string }) => issue.path)).toEqual([field]);
  });

  test('limit 500 is allowed', async () => {
    expect((await admin.get('/api/organisations', { query: { limit: 500 } })).status).toBe(200);
  });
});
