import { beforeAll, describe, expect, test } from 'vitest';
import { makeDossier } from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, DINH_CONG, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** The portal: the demo district has its own portal, the commune gets one here. */
const PORTAL = 'Cổng thông tin điện tử xã Định Bình';
/** Found every way the issue typed it: words skipped, accents dropped, any order. */
const PORTAL_QUERIES = ['cổng định bình', 'cong thong tin dinh binh', 'dinh binh cong', 'CỔNG  Định-Bình'];
/** What a search box may hold besides words: none of it reaches the database as syntax. */
const SPECIAL = ['%', '_', "'", ':*', '&', '!', "cổng:* & !'định'", '%_%', '\\', '(cổng | định)', '<->'];

let portalId = '';
let portalDossierId = '';
beforeAll(async () => {
  const operatorOrganisationId = demo.org(DINH_BINH).id;
  const portal = await makeSystem(app.db, { operatorOrganisationId, name: PORTAL });
  portalId = portal.id;
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId,
    title: 'Hồ sơ đề xuất cấp độ 2',
    systems: [{ systemId: portal.id }],
  });
  portalDossierId = dossier.id;
});

interface Page {
  items: Array<{ id: string; name?: string; title?: string; username?: string; operator?: { name: string } }>;
  total: number;
}
async function search(path: string, q: string, username = 'admin'): Promise<Page> {
  const res = await (await app.as(username)).get(path, { query: { q, limit: 100 } });
  expect(res.status, `${path} q=${q}`).toBe(200);
  const page = res.json as Page;
  expect(page.total, `${path} q=${q}: the count and the list agree`).toBe(page.items.length);
  return page;
}
const names = (page: Page) => page.items.map((item) => item.name);

describe('systems', () => {
  test.each(PORTAL_QUERIES)('"%s" finds the portal of Định Bình, first', async (q) => {
    const page = await search('/api/systems', q);
    expect(page.items[0]?.id).toBe(portalId);
  });

  test('every word must match: a word the portal lacks finds nothing of it', async () => {
    expect(names(await search('/api/systems', 'cổng định bình hà nội'))).not.toContain(PORTAL);
  });

  test('"cổng" with its accents does not find "Định Công"; "cong" without them does', async () => {
    const accented = names(await search('/api/systems', 'cổng'));
    expect(accented).toEqual(expect.arrayContaining([PORTAL, 'Cổng thông tin điện tử huyện Yên Định']));
    expect(accented.filter((name) => name?.includes('Công'))).toEqual([]);
    const plain = names(await search('/api/systems', 'cong'));
    expect(plain).toEqual(expect.arrayContaining([PORTAL, expect.stringContaining('xã Định Công')]));
  });

  test('words match at word starts, not inside words; the word being typed (the last) may be unfinished', async () => {
    // "inh" lies inside "Định", "Bình" and "tính": none starts with it.
    expect((await search('/api/systems', 'inh')).total).toBe(0);
    expect(names(await search('/api/systems', 'dinh binh cong thong ti'))).toContain(PORTAL);
    // Words before the last are whole words: an unfinished one there finds nothing (the index stays fast).
    expect(names(await search('/api/systems', 'thon tin dien'))).not.toContain(PORTAL);
  });

  test('the best match comes first: the words as typed, in order, before the same words scattered', async () => {
    // Both hold "thông tin" and "Định"; only the district portal holds "thông tin điện tử huyện Yên Định" in order,
    // though the list's order (operator, then name) puts Định Bình's portal first.
    const page = await search('/api/systems', 'thong tin dien tu huyen yen dinh');
    expect(names(page)[0]).toBe('Cổng thông tin điện tử huyện Yên Định');
    const scattered = await search('/api/systems', 'dinh thong tin');
    expect(scattered.total).toBeGreaterThan(2);
  });

  test.each(SPECIAL)('special characters are harmless: %s', async (q) => {
    const page = await search('/api/systems', q);
    // Only the words survive: "cổng:* & !'định'" is "cổng định", the rest hold no word at all.
    if (/[a-zđ]/i.test(q)) expect(names(page)).toContain(PORTAL);
    else expect(page.total).toBe(0);
  });
});

describe('dossiers: the title, the operating unit and the systems are searched together', () => {
  test.each(PORTAL_QUERIES)('"%s" finds the portal\'s dossier through its system\'s name', async (q) => {
    const page = await search('/api/dossiers', q);
    expect(page.items.map((item) => item.id)).toContain(portalDossierId);
  });

  test('words from the title, the operator and the system at once', async () => {
    const page = await search('/api/dossiers', 'ho so uy ban dinh binh cong thong tin');
    expect(page.items.map((item) => item.id)).toEqual([portalDossierId]);
  });

  test('"cổng" does not find the dossiers of Định Công', async () => {
    const page = await search('/api/dossiers', 'cổng');
    expect(page.items.map((item) => item.id)).toContain(portalDossierId);
    // Without accents "dinh cong" finds both communes' dossiers (the portal holds "Định" and "Cổng").
    const ofDinhCong = (await search('/api/dossiers', 'dinh cong')).items.filter((i) => i.operator?.name === DINH_CONG);
    expect(ofDinhCong.length).toBeGreaterThan(0);
    for (const item of ofDinhCong) expect(page.items.map((i) => i.id)).not.toContain(item.id);
  });

  test("scope still applies: the centre's officer does not find Định Bình's portal dossier", async () => {
    expect((await search('/api/dossiers', 'cong thong tin dinh binh', 'dinhbinh.cntt')).total).toBe(1);
    expect((await search('/api/dossiers', 'cong thong tin dinh binh', 'ttdvnn.cntt')).total).toBe(0);
  });

  test.each(SPECIAL)('special characters are harmless: %s', async (q) => {
    const page = await search('/api/dossiers', q);
    if (/[a-zđ]/i.test(q)) expect(page.items.map((item) => item.id)).toContain(portalDossierId);
    else expect(page.total).toBe(0);
  });
});

describe('organisations', () => {
  test('"dinh binh", "Định Bình" and "binh dinh" find the commune, first', async () => {
    for (const q of ['dinh binh', 'Định Bình', 'binh dinh', 'ubnd xa dinh b']) {
      const page = await search('/api/organisations', q);
      expect(names(page)[0], q).toBe(DINH_BINH);
    }
  });

  test('"cổng" finds no unit (Định Công is "Công"); "cong" finds Định Công', async () => {
    expect(names(await search('/api/organisations', 'cổng'))).not.toContain(DINH_CONG);
    expect(names(await search('/api/organisations', 'cong'))).toContain(DINH_CONG);
  });

  test('the whole name before a longer one that begins the same', async () => {
    // "Định Tân" and "Định Tăng" both start "dinh tan"; only one is the whole word.
    const page = await search('/api/organisations', 'dinh tan');
    expect(names(page)[0]).toBe('Ủy ban nhân dân xã Định Tân');
    expect(page.total).toBeGreaterThan(1);
  });

  test.each(SPECIAL)('special characters are harmless: %s', async (q) => {
    const page = await search('/api/organisations', q);
    if (!/[a-zđ]/i.test(q)) expect(page.total).toBe(0);
  });
});

describe('users', () => {
  test('words in any order, with or without accents, at word starts', async () => {
    for (const q of ['bình phạm', 'pham van binh', 'dinhbinh cntt', 'Phạm B']) {
      const page = await search('/api/users', q);
      expect(page.items.map((item) => item.username)[0], q).toBe('dinhbinh.cntt');
    }
    expect((await search('/api/users', 'ình')).total).toBe(0);
    expect((await search('/api/users', 'phạm bính')).total).toBe(0);
  });

  test.each(SPECIAL)('special characters are harmless: %s', async (q) => {
    const page = await search('/api/users', q);
    if (!/[a-zđ]/i.test(q)) expect(page.total).toBe(0);
  });
});
