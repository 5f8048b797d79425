import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { dossiers } from '#server/db/schema/index.js';
import { answersForLevel, makeDossier } from '../../factories/dossiers.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, TTDVNN, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/** A dossier's words live in three tables: each writer keeps the dossier's search text (search-source.ts) current. */
const sourceOf = async (id: string) =>
  (await app.db.select({ s: dossiers.searchSource }).from(dossiers).where(eq(dossiers.id, id)))[0]!.s;
const found = async (q: string) => {
  const res = await (await app.as('admin')).get('/api/dossiers', { query: { q, limit: 100 } });
  expect(res.status).toBe(200);
  return (res.json as { items: Array<{ id: string }> }).items.map((item) => item.id);
};

describe("a dossier's search text follows its title, its operator and its systems", () => {
  test('creating through the API writes title, operator and systems', async () => {
    const res = await (
      await app.as('dinhbinh.cntt')
    ).post('/api/dossiers', {
      body: {
        title: 'Hồ sơ mới nhất',
        operatorOrganisationId: demo.org(DINH_BINH).id,
        systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] }],
        content: {},
      },
    });
    expect(res.status).toBe(201);
    expect(await sourceOf(res.json.id)).toBe(`Hồ sơ mới nhất ${DINH_BINH} UBND ${demo.systemOf(DINH_BINH).name}`);
    expect(await found('ho so moi nhat dinh binh')).toEqual([res.json.id]);
  });

  test('renaming the title or changing the systems through the API', async () => {
    const operatorOrganisationId = demo.org(DINH_BINH).id;
    const extra = await makeSystem(app.db, { operatorOrganisationId, name: 'Phần mềm một cửa điện tử' });
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    });
    expect(await found('phan mem mot cua')).not.toContain(dossier.id);
    const res = await (
      await app.as('dinhbinh.cntt')
    ).patch(`/api/dossiers/${dossier.id}`, {
      body: {
        version: 1,
        title: 'Hồ sơ đổi tên hẳn',
        systems: [{ systemId: extra.id, answers: answersForLevel[2] }],
      },
    });
    expect(res.status).toBe(200);
    expect(await found('ho so doi ten han mot cua')).toEqual([dossier.id]);
    expect(await sourceOf(dossier.id)).not.toContain(demo.systemOf(DINH_BINH).name);
  });

  test("renaming a system carries the new name into its dossiers' search", async () => {
    const system = await makeSystem(app.db, { operatorOrganisationId: demo.org(TTDVNN).id, name: 'Quản lý vật tư' });
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(TTDVNN).id,
      systems: [{ systemId: system.id }],
    });
    expect(await found('quan ly vat tu')).toEqual([dossier.id]);
    const res = await (
      await app.as('admin')
    ).patch(`/api/systems/${system.id}`, {
      body: { version: system.version, name: 'Quản lý giống cây trồng' },
    });
    expect(res.status).toBe(200);
    expect(await found('giống cây trồng')).toEqual([dossier.id]);
    expect(await found('quan ly vat tu')).toEqual([]);
  });

  test("renaming the operating unit carries its new name into its dossiers' search", async () => {
    const unit = demo.org(TTDVNN);
    const system = await makeSystem(app.db, { operatorOrganisationId: unit.id, name: 'Sổ theo dõi vật tư' });
    const dossier = await makeDossier(app.db, { operatorOrganisationId: unit.id, systems: [{ systemId: system.id }] });
    expect(await found('dich vu nong nghiep so theo doi')).toEqual([dossier.id]);
    const res = await (
      await app.as('admin')
    ).patch(`/api/organisations/${unit.id}`, {
      body: { version: unit.version, name: 'Trung tâm Khuyến nông huyện Yên Định' },
    });
    expect(res.status).toBe(200);
    expect(await found('trung tam khuyen nong')).toContain(dossier.id);
    expect(await found('dich vu nong nghiep so theo doi')).toEqual([]);
  });
});
