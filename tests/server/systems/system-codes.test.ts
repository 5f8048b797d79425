import { count } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { auditEvents, informationSystems } from '#server/db/schema/index.js';
import { makeSystem } from '../../factories/systems.js';
import { DINH_BINH, TTDVNN, type Demo } from '../../support/demo.js';
import { snapshotTables } from '../../support/snapshot.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';
import { takenCode, testRecordCodes } from '../record-codes.js';

/*
 * The system's inventory code (mã hệ thống): shown, set, changed and cleared on the screens as the spreadsheet
 * import sets it, upper case and unique (information_systems_code_unique), a taken one answering 400 on `code`.
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const newSystem = (code: string, name = 'Hệ thống camera giám sát trụ sở UBND xã', operator = DINH_BINH) => ({
  name,
  ownerOrganisationId: demo.org(operator).id,
  operatorOrganisationId: demo.org(operator).id,
  systemType: 'infrastructure',
  informationTypes: ['private'],
  address: 'camera.dinhbinh.vn',
  code,
});

testRecordCodes({
  path: '/api/systems',
  table: informationSystems,
  app: () => app,
  // officers of two communes: codes are unique across the province, not within a unit
  editors: ['dinhbinh.cntt', 'yendinh.cntt'],
  newBody: (code, name) => newSystem(code, name),
  // no address
  existing: (name) => makeSystem(app.db, { operatorOrganisationId: demo.org(DINH_BINH).id, name }),
  searchTexts: {
    created: 'he thong camera giam sat tru so ubnd xa camera.dinhbinh.vn ma-01.a_b',
    set: 'ban ghi co ma ma.04',
    renamed: 'ban ghi doi ten ma.04',
    cleared: 'ban ghi doi ten',
  },
});

const eventCount = async () => (await app.db.select({ n: count() }).from(auditEvents))[0]!.n;

test("another unit's officer, who cannot see the code's holder, is refused it too; nothing is written", async () => {
  expect((await (await app.as('dinhbinh.cntt')).post('/api/systems', { body: newSystem('HT-02') })).status).toBe(201);
  const before = await snapshotTables(app.db);
  const events = await eventCount();
  const res = await (
    await app.as('ttdvnn.cntt')
  ).post('/api/systems', { body: newSystem('ht-02', 'Hệ thống khác', TTDVNN) });
  expect(res.status).toBe(400);
  expect(res.json.error).toMatchObject({ code: 'validation_failed', issues: takenCode('HT-02') });
  expect(await snapshotTables(app.db)).toEqual(before);
  expect(await eventCount()).toBe(events);
});

test("the code of an approved system is not a level fact: changing it leaves the level's standing", async () => {
  const system = await makeSystem(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    approvedLevel: 2,
    approvalDecisionNumber: '12/QĐ-UBND',
    approvalDecisionDate: '2024-05-02',
    approvalRegime: 'nd85',
  });
  const res = await (
    await app.as('dinhbinh.cntt')
  ).patch(`/api/systems/${system.id}`, { body: { version: 1, code: 'HT-LV2' } });
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({ code: 'HT-LV2', approvedLevel: 2, redeterminationReasons: [] });
});
