import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { auditEvents, designations } from '#server/db/schema/index.js';
import { makeUser } from '../../factories/users.js';
import { DINH_BINH, DISTRICT, PROVINCE, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * POST, PATCH and DELETE /api/designations: only an administrator of the province changes them, and
 * never so that a commune-level unit has two designated units on one day.
 */
let app: TestApp;
let demo: Demo;
const passwords: Record<string, string> = {};
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  for (const [username, org] of [
    ['yendinh.quantri', DISTRICT],
    ['dinhbinh.quantri', DINH_BINH],
  ] as const) {
    const user = await makeUser(app.db, {
      username,
      memberships: [{ organisationId: demo.org(org).id, role: 'admin' }],
    });
    passwords[username] = user.password;
  }
});

const as = (username: string) => app.as(username, passwords[username]);
const provinceDesignation = async () =>
  (await app.db.select().from(designations).orderBy(asc(designations.validFrom)))[0]!;
const eventsOf = (id: string) =>
  app.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'designation'), eq(auditEvents.entityId, id)))
    .orderBy(asc(auditEvents.id));
const forDistrict = (validFrom: string, validTo: string | null = null) => ({
  designatedOrganisationId: demo.org(DISTRICT).id,
  subtreeRootId: demo.org(DISTRICT).id,
  validFrom,
  validTo,
  note: 'Thử nghiệm phân cấp cho huyện',
});

test('a designation that would give the communes a second designated unit is refused 409, in Vietnamese', async () => {
  const admin = await as('admin');
  const before = await snapshotTables(app.db);
  const res = await admin.post('/api/designations', { body: forDistrict('2030-01-01') });
  expect(res.status).toBe(409);
  expect(res.json.error.code).toBe('designation_overlap');
  expect(res.json.error.message).toMatch(
    /^Ủy ban nhân dân (thị trấn|xã) .+ sẽ có hai đơn vị chuyên trách từ ngày 01\/01\/2030/,
  );
  expect(res.json.error.message).toContain(SO_TTTT);
  expect(await snapshotTables(app.db)).toEqual(before);

  // In English when asked, with the same facts.
  const english = await app.loginAs('admin');
  const inEnglish = await english.post('/api/designations', {
    body: forDistrict('2030-01-01'),
    headers: { 'accept-language': 'en' },
  });
  expect(inEnglish.json.error.message).toMatch(/would have two designated security units from 01\/01\/2030/);
});

test('a subtree holding no commune may have a designation of its own inside the province one', async () => {
  const admin = await as('admin');
  const res = await admin.post('/api/designations', {
    body: {
      designatedOrganisationId: demo.org(SO_TTTT).id,
      subtreeRootId: demo.org(SO_TTTT).id,
      validFrom: '2024-01-01',
    },
  });
  expect(res.status, res.text).toBe(201);
  expect(res.json).toMatchObject({ validTo: null, note: '', version: 1, abilities: { update: true, delete: true } });
  const deleted = await admin.request('DELETE', `/api/designations/${res.json.id}`, { query: { version: 1 } });
  expect(deleted.status, deleted.text).toBe(200);
  expect(await app.db.select().from(designations).where(eq(designations.id, res.json.id))).toEqual([]);
  expect((await eventsOf(res.json.id)).map((e) => e.action)).toEqual(['create', 'delete']);
});

test('handing a district over: end the province designation, designate the district from the next day', async () => {
  const admin = await as('admin');
  const current = await provinceDesignation();
  const ended = await admin.patch(`/api/designations/${current.id}`, {
    body: { version: current.version, validTo: '2029-12-31' },
  });
  expect(ended.status, ended.text).toBe(200);
  expect(ended.json).toMatchObject({ validTo: '2029-12-31', version: current.version + 1 });

  const created = await admin.post('/api/designations', { body: forDistrict('2030-01-01') });
  expect(created.status, created.text).toBe(201);
  expect(created.json).toMatchObject({
    designatedOrganisation: { id: demo.org(DISTRICT).id, name: DISTRICT },
    subtreeRoot: { id: demo.org(DISTRICT).id },
    validFrom: '2030-01-01',
    validTo: null,
    version: 1,
  });

  const coverage = async (asOf: string) =>
    (await admin.get('/api/designations/coverage', { query: { asOf, rootId: demo.org(PROVINCE).id } })).json;
  for (const [asOf, id] of [
    ['2029-12-31', current.id],
    ['2030-01-01', created.json.id],
  ] as const) {
    const check = await coverage(asOf);
    expect(check.complete, asOf).toBe(true);
    expect(new Set(check.units.flatMap((unit: { designationIds: string[] }) => unit.designationIds))).toEqual(
      new Set([id]),
    );
  }

  // Re-opening the province designation would cover the district's communes twice from 2030.
  const reopened = await admin.patch(`/api/designations/${current.id}`, {
    body: { version: current.version + 1, validTo: null },
  });
  expect(reopened.status).toBe(409);
  expect(reopened.json.error.code).toBe('designation_overlap');

  const events = await eventsOf(current.id);
  expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
    ['update', { validTo: null }, { validTo: '2029-12-31' }],
  ]);
  const [createEvent] = await eventsOf(created.json.id);
  expect(createEvent).toMatchObject({
    action: 'create',
    actorUserId: admin.user!.id,
    organisationId: demo.org(DISTRICT).id,
    before: null,
    after: { ...forDistrict('2030-01-01') },
  });
});

test("only the province's administrator changes designations: a district's gets 403 on its district's", async () => {
  const admin = await as('admin');
  const [district] = await app.db
    .select()
    .from(designations)
    .where(eq(designations.subtreeRootId, demo.org(DISTRICT).id));
  expect(district).toBeDefined();
  const districtAdmin = await as('yendinh.quantri');
  const before = await snapshotTables(app.db);

  const listed = await districtAdmin.get('/api/designations');
  expect(listed.json.items.map((d: { id: string }) => d.id)).toEqual([district!.id]);
  expect(listed.json.items[0].abilities).toEqual({ update: false, delete: false });
  const patch = await districtAdmin.patch(`/api/designations/${district!.id}`, {
    body: { version: district!.version, note: 'Huyện tự sửa' },
  });
  expect(patch.status).toBe(403);
  const remove = await districtAdmin.request('DELETE', `/api/designations/${district!.id}`, {
    query: { version: district!.version },
  });
  expect(remove.status).toBe(403);
  const create = await districtAdmin.post('/api/designations', {
    body: { ...forDistrict('2040-01-01'), subtreeRootId: demo.org(DINH_BINH).id },
  });
  expect(create.status).toBe(403);
  expect(await snapshotTables(app.db)).toEqual(before);

  // The province's administrator may.
  const saved = await admin.patch(`/api/designations/${district!.id}`, {
    body: { version: district!.version, note: 'Giao huyện Yên Định' },
  });
  expect(saved.status, saved.text).toBe(200);
  expect(saved.json.note).toBe('Giao huyện Yên Định');
});

test("designations outside the caller's scope answer like ones that do not exist; nothing changes", async () => {
  const province = await provinceDesignation();
  for (const username of ['dinhbinh.quantri', 'yendinh.quantri', 'dinhbinh.cntt']) {
    const client = await as(username);
    const before = await snapshotTables(app.db);
    const random = crypto.randomUUID();
    const answers = async (id: string) => {
      const patch = await client.patch(`/api/designations/${id}`, { body: { version: 1, note: 'Người ngoài sửa' } });
      const remove = await client.request('DELETE', `/api/designations/${id}`, { query: { version: 1 } });
      return [patch.status, patch.json, remove.status, remove.json];
    };
    const nobody = await answers(random);
    expect(nobody[0]).toBe(404);
    expect(await answers(province.id), username).toEqual(nobody);
    const listed = await client.get('/api/designations');
    expect(listed.json.items.map((d: { id: string }) => d.id)).not.toContain(province.id);
    expect(await snapshotTables(app.db)).toEqual(before);
  }
  // Naming a unit outside the caller's scope reads as naming one that does not exist.
  const communeAdmin = await as('dinhbinh.quantri');
  const foreign = await communeAdmin.post('/api/designations', {
    body: { ...forDistrict('2040-01-01'), subtreeRootId: demo.org(DINH_BINH).id },
  });
  const made = await communeAdmin.post('/api/designations', {
    body: {
      ...forDistrict('2040-01-01'),
      designatedOrganisationId: crypto.randomUUID(),
      subtreeRootId: demo.org(DINH_BINH).id,
    },
  });
  expect(foreign.status).toBe(400);
  expect({ status: foreign.status, json: foreign.json }).toEqual({ status: made.status, json: made.json });
  expect(foreign.json.error.issues[0].path).toBe('designatedOrganisationId');
});

test("the Sở's reviewers see the designation they act under; a commune's officer sees none", async () => {
  const province = await provinceDesignation();
  const appraiser = await app.as('sotttt.thamdinh');
  const theirs = await appraiser.get('/api/designations', { query: { asOf: '2024-06-01' } });
  expect(theirs.json.items.map((d: { id: string }) => d.id)).toEqual([province.id]);
  expect(theirs.json.items[0]).toMatchObject({
    designatedOrganisation: { name: SO_TTTT },
    subtreeRoot: { name: PROVINCE },
    validFrom: '2016-07-01',
    abilities: { update: false, delete: false },
  });
  const officer = await app.as('dinhbinh.cntt');
  expect((await officer.get('/api/designations')).json).toEqual({ items: [], total: 0 });
});

test('an end before the start answers 400 naming validTo; an old version answers 409 stale_version', async () => {
  const admin = await as('admin');
  const province = await provinceDesignation();
  const backwards = await admin.post('/api/designations', { body: forDistrict('2050-01-01', '2049-12-31') });
  expect(backwards.status).toBe(400);
  expect(backwards.json.error.issues).toEqual([
    { path: 'validTo', message: 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.' },
  ]);
  const mergedBackwards = await admin.patch(`/api/designations/${province.id}`, {
    body: { version: province.version, validFrom: '2030-06-01' },
  });
  expect(mergedBackwards.status).toBe(400);
  expect(mergedBackwards.json.error.issues[0].path).toBe('validTo');
  const stale = await admin.patch(`/api/designations/${province.id}`, {
    body: { version: province.version - 1, note: 'Bản cũ' },
  });
  expect(stale.status).toBe(409);
  expect(stale.json.error.code).toBe('stale_version');
  const staleDelete = await admin.request('DELETE', `/api/designations/${province.id}`, {
    query: { version: province.version + 5 },
  });
  expect(staleDelete.status).toBe(409);
  expect((await provinceDesignation()).version).toBe(province.version);
});

test('two overlapping designations saved at the same moment: one is refused', async () => {
  const admin = await as('admin');
  const body = (id: string) => ({
    designatedOrganisationId: demo.org(SO_TTTT).id,
    subtreeRootId: id,
    validFrom: '2060-01-01',
  });
  const [district] = await app.db
    .select()
    .from(designations)
    .where(eq(designations.subtreeRootId, demo.org(DISTRICT).id));
  const ended = await admin.patch(`/api/designations/${district!.id}`, {
    body: { version: district!.version, validTo: '2059-12-31' },
  });
  expect(ended.status, ended.text).toBe(200);
  // Neither overlaps what exists (the province's ended in 2029, the district's in 2059), but they overlap each other.
  const [a, b] = await Promise.all([
    admin.post('/api/designations', { body: body(demo.org(DINH_BINH).id) }),
    admin.post('/api/designations', { body: body(demo.org(DISTRICT).id) }),
  ]);
  expect([a.status, b.status].sort()).toEqual([201, 409]);
});
