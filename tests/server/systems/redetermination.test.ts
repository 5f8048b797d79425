import { expect, test } from 'vitest';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { DINH_BINH, TTDVNN, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

test('an approved system shows its next inspection on the level cycle (nd85 level 2: every 2 years)', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const system = (await officer.request('GET', `/api/systems/${demo.systemOf(DINH_BINH).id}`)).json;
  expect(system.approvalRegime).toBe('nd85');
  const approved = system.approvalDecision.date as string;
  const due = system.nextInspectionDue as string;
  expect(due.slice(5)).toBe(approved.slice(5));
  expect((Number(due.slice(0, 4)) - Number(approved.slice(0, 4))) % 2).toBe(0);
  // Not yet past in Vietnam, whose day the server counts in (the UTC day is a day behind after 17:00 UTC).
  expect(due >= todayInVietnam()).toBe(true);
  expect(system.redeterminationReasons).toEqual([]);
});

test('changing level-relevant facts after approval flags the system with the reasons', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const id = demo.systemOf(DINH_BINH).id;
  const before = (await officer.request('GET', `/api/systems/${id}`)).json;
  const described = await officer.request('PATCH', `/api/systems/${id}`, {
    body: { version: before.version, description: 'Chỉ sửa mô tả' },
  });
  expect(described.json.redeterminationReasons).toEqual([]);
  const changed = await officer.request('PATCH', `/api/systems/${id}`, {
    body: {
      version: described.json.version,
      informationTypes: ['private', 'personal', 'public'],
      basicDataSubjects: 150_000,
    },
  });
  expect(changed.status).toBe(200);
  expect(changed.json.redeterminationReasons).toEqual(['informationTypes', 'dataSubjects']);
});

test('a system without an approved level is never flagged', async () => {
  const officer = await app.as('ttdvnn.cntt');
  const system = demo.systemOf(TTDVNN);
  const res = await officer.request('PATCH', `/api/systems/${system.id}`, {
    body: { version: system.version, systemType: 'onlineService' },
  });
  expect(res.json.redeterminationReasons).toEqual([]);
  expect(res.json.nextInspectionDue).toBeNull();
});
