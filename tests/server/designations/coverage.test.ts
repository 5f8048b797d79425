import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { designations } from '#server/db/schema/index.js';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { DINH_BINH, DISTRICT, PROVINCE, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/** GET /api/designations/coverage: each commune-level unit under a root has exactly one designated unit a day. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const communeLevel = () => demo.organisations.filter((o) => ['commune', 'ward', 'town'].includes(o.kind));

test('on the demo today, every one of the 26 communes and towns of Yên Định has exactly one: the Sở', async () => {
  const [only] = await app.db.select().from(designations);
  const admin = await app.as('admin');
  const res = await admin.get('/api/designations/coverage', { query: { rootId: demo.org(PROVINCE).id } });
  expect(res.status, res.text).toBe(200);
  expect(res.json).toMatchObject({ asOf: todayInVietnam(), complete: true, gaps: [], overlaps: [] });
  expect(res.json.root).toEqual({ id: demo.org(PROVINCE).id, name: PROVINCE, shortName: 'UBND' });
  expect(res.json.units).toHaveLength(26);
  expect(communeLevel()).toHaveLength(26);
  expect(new Set(res.json.units.map((unit: { id: string }) => unit.id))).toEqual(
    new Set(communeLevel().map((o) => o.id)),
  );
  for (const unit of res.json.units) expect(unit.designationIds, unit.name).toEqual([only!.id]);
  expect(only!.designatedOrganisationId).toBe(demo.org(SO_TTTT).id);
});

test("by default the root is the caller's top unit and the day is today in Vietnam", async () => {
  const admin = await app.as('admin');
  const byDefault = await admin.get('/api/designations/coverage');
  const explicit = await admin.get('/api/designations/coverage', {
    query: { rootId: demo.org(PROVINCE).id, asOf: todayInVietnam() },
  });
  expect(byDefault.json).toEqual(explicit.json);

  const officer = await app.as('dinhbinh.cntt');
  const own = await officer.get('/api/designations/coverage');
  expect(own.status).toBe(200);
  expect(own.json.root.id).toBe(demo.org(DINH_BINH).id);
  expect(own.json.units.map((unit: { name: string }) => unit.name)).toEqual([DINH_BINH]);
  expect(own.json.complete).toBe(true);
});

test('before the designation started, every unit is a gap and the check fails', async () => {
  const reporter = await app.as('yendinh.tonghop');
  const res = await reporter.get('/api/designations/coverage', {
    query: { rootId: demo.org(DISTRICT).id, asOf: '2016-06-30' },
  });
  expect(res.status).toBe(200);
  expect(res.json.complete).toBe(false);
  expect(res.json.gaps).toHaveLength(26);
  expect(res.json.overlaps).toEqual([]);
  const started = await reporter.get('/api/designations/coverage', {
    query: { rootId: demo.org(DISTRICT).id, asOf: '2016-07-01' },
  });
  expect(started.json.complete).toBe(true);
});

test('a unit two designations cover that day is listed as an overlap', async () => {
  // Written straight into the table: the API refuses to make one (tests/server/designations/save.test.ts).
  const [added] = await app.db
    .insert(designations)
    .values({
      designatedOrganisationId: demo.org(DISTRICT).id,
      subtreeRootId: demo.org(DINH_BINH).id,
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
    })
    .returning();
  try {
    const admin = await app.as('admin');
    const res = await admin.get('/api/designations/coverage', { query: { asOf: '2020-06-01' } });
    expect(res.json.complete).toBe(false);
    expect(res.json.gaps).toEqual([]);
    expect(res.json.overlaps).toEqual([
      expect.objectContaining({ id: demo.org(DINH_BINH).id, name: DINH_BINH, kind: 'commune' }),
    ]);
    expect(res.json.overlaps[0].designationIds).toHaveLength(2);
    expect(res.json.overlaps[0].designationIds).toContain(added!.id);
    const after = await admin.get('/api/designations/coverage', { query: { asOf: '2021-01-01' } });
    expect(after.json.complete).toBe(true);
  } finally {
    await app.db.delete(designations).where(eq(designations.id, added!.id));
  }
});

test("a root outside the caller's scope answers exactly like one that does not exist", async () => {
  const officer = await app.as('dinhbinh.cntt');
  const random = await officer.get('/api/designations/coverage', { query: { rootId: crypto.randomUUID() } });
  expect(random.status).toBe(404);
  for (const name of [PROVINCE, DISTRICT, SO_TTTT, 'Ủy ban nhân dân xã Định Công']) {
    const res = await officer.get('/api/designations/coverage', { query: { rootId: demo.org(name).id } });
    expect({ status: res.status, json: res.json }, name).toEqual({ status: random.status, json: random.json });
  }
});

test('a malformed day answers 400 naming asOf', async () => {
  const admin = await app.as('admin');
  const res = await admin.get('/api/designations/coverage', { query: { asOf: '2024-13-01' } });
  expect(res.status).toBe(400);
  expect(res.json.error.issues[0].path).toBe('asOf');
});
