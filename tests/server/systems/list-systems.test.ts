import { describe, expect, test } from 'vitest';
import { DINH_BINH, DISTRICT, TTDVNN, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

type Item = {
  id: string;
  name: string;
  operator: { id: string };
  approvedLevel: number | null;
  systemType: string;
  status: string;
};
const list = async (username: string, query: Record<string, string | number> = {}) => {
  const res = await (await app.as(username)).get('/api/systems', { query: { limit: 500, ...query } });
  expect(res.status).toBe(200);
  return res.json as { items: Item[]; total: number };
};

describe('scope: a system is visible where its operating unit is', () => {
  test.each([
    ['dinhbinh.cntt', 1],
    ['ttdvnn.cntt', 1],
    ['yendinh.tonghop', 30],
    ['yendinh.cntt', 30],
    ['sotttt.thamdinh', 30], // through the Sở's designation over the province
    ['sotttt.lanhdao', 30],
    ['admin', 30],
  ])('%s sees %i', async (username, expected) => {
    const page = await list(username);
    expect(page.total).toBe(expected);
    expect(page.items).toHaveLength(expected);
  });

  test("dinhbinh.cntt sees exactly Định Bình's system, ttdvnn.cntt exactly its centre's", async () => {
    expect((await list('dinhbinh.cntt')).items.map((s) => s.id)).toEqual([demo.systemOf(DINH_BINH).id]);
    expect((await list('ttdvnn.cntt')).items.map((s) => s.id)).toEqual([demo.systemOf(TTDVNN).id]);
  });

  test('the presented system carries its owner, operator, level and decision', async () => {
    const [system] = (await list('dinhbinh.cntt')).items;
    expect(system).toMatchObject({
      name: 'Hệ thống thông tin phục vụ hoạt động nội bộ của UBND xã Định Bình',
      owner: { id: demo.org(DINH_BINH).id, name: DINH_BINH, shortName: 'UBND' },
      operator: { id: demo.org(DINH_BINH).id, name: DINH_BINH, shortName: 'UBND' },
      systemType: 'internal',
      informationTypes: ['private', 'personal'],
      approvedLevel: 2,
      approvalDecision: {
        number: expect.stringMatching(/^\d+\/QĐ-STTTT$/),
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        issuer: 'Sở Thông tin và Truyền thông tỉnh Thanh Hóa',
      },
      abilities: { update: true },
    });
  });

  test("abilities: the Sở's appraiser may read the district's systems but not edit them", async () => {
    const page = await list('sotttt.thamdinh');
    expect(page.items.every((s: { abilities?: { update: boolean } } & Item) => s.abilities?.update === false)).toBe(
      true,
    );
  });
});

describe('filters', () => {
  test('q searches name and address without accents', async () => {
    const page = await list('admin', { q: 'cong thong tin dien tu' });
    expect(page.items.map((s) => s.name)).toEqual(['Cổng thông tin điện tử huyện Yên Định']);
    expect((await list('admin', { q: 'yendinh.thanhhoa.gov.vn' })).total).toBe(1);
    expect((await list('admin', { q: 'ĐỊNH BÌNH' })).total).toBe(1);
  });

  test('organisationId takes the whole subtree of that organisation', async () => {
    expect((await list('admin', { organisationId: demo.org(DISTRICT).id })).total).toBe(30);
    expect((await list('admin', { organisationId: demo.org(DINH_BINH).id })).items.map((s) => s.id)).toEqual([
      demo.systemOf(DINH_BINH).id,
    ]);
  });

  test('systemType and status', async () => {
    expect((await list('admin', { systemType: 'onlineService' })).total).toBe(1);
    expect((await list('admin', { systemType: 'internal' })).total).toBe(29);
    expect((await list('admin', { status: 'operating' })).total).toBe(30);
    expect((await list('admin', { status: 'planned' })).total).toBe(0);
  });

  test("level=2 gives the 27 approved systems; level=none the 3 public service units' ones", async () => {
    const two = await list('admin', { level: '2' });
    expect(two.total).toBe(27);
    expect(two.items.every((s) => s.approvedLevel === 2)).toBe(true);
    const none = await list('admin', { level: 'none' });
    expect(none.total).toBe(3);
    expect(none.items.every((s) => s.approvedLevel === null)).toBe(true);
    const psuIds = demo.organisations.filter((o) => o.kind === 'publicServiceUnit').map((o) => o.id);
    expect(none.items.map((s) => s.operator.id).sort()).toEqual(psuIds.sort());
    expect((await list('admin', { level: '3' })).total).toBe(0);
  });

  test('filters combine with scope', async () => {
    expect((await list('dinhbinh.cntt', { organisationId: demo.org(DISTRICT).id })).total).toBe(1);
    expect((await list('dinhbinh.cntt', { level: 'none' })).total).toBe(0);
  });

  test('paging', async () => {
    const first = await list('admin', { limit: 10 });
    const second = await list('admin', { limit: 10, offset: 10 });
    expect(first.total).toBe(30);
    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(10);
    expect(new Set([...first.items, ...second.items].map((s) => s.id)).size).toBe(20);
  });

  test.each([
    ['level', { level: '6' }],
    ['systemType', { systemType: 'mainframe' }],
    ['status', { status: 'broken' }],
    ['organisationId', { organisationId: 'Định Bình' }],
    ['limit', { limit: 501 }],
  ])('400 naming %s for %j', async (field, query) => {
    const res = await (await app.as('admin')).get('/api/systems', { query });
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual([field]);
  });
});
