import { expect, test } from 'vitest';
import { auditEvents, regimeSettings } from '#server/db/schema/index.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
useDemoApp((opened) => (app = opened));

test('every user reads both regimes with their rules, routing and clocks', async () => {
  const res = await (await app.as('dinhbinh.cntt')).request('GET', '/api/regimes');
  expect(res.status).toBe(200);
  expect(res.json.items.map((r: { id: string }) => r.id)).toEqual(['nd85', 'nd331']);
  const nd331 = res.json.items[1];
  expect(nd331.rules).toHaveLength(23);
  expect(nd331.clocks.appraisal['4']).toEqual({ days: 25, workingDays: true });
  expect(nd331.unconfirmed).toContain('rules');
});

test('an administrator corrects an unconfirmed rule without a code change; level determination follows', async () => {
  const admin = await app.as('admin');
  const nd331 = (await admin.request('GET', '/api/regimes')).json.items[1];
  const n10 = nd331.rules.find((rule: { id: string }) => rule.id === 'N10');
  n10.level = 4;
  n10.citation.vi = 'Điểm b khoản 2 Điều 13 Nghị định 331/2026/NĐ-CP (đã đính chính)';
  const saved = await admin.request('PUT', '/api/regimes/nd331', { body: nd331 });
  expect(saved.status).toBe(200);

  const officer = await app.as('dinhbinh.cntt');
  const assessed = await officer.request('POST', '/api/level-assessments', {
    body: {
      regime: 'nd331',
      answers: { systemType: 'internal', informationTypes: ['public'], handlesAdministrativeProcedures: true },
    },
  });
  expect(assessed.json.level).toBe(4);
  expect(assessed.json.matchedRules[0].citation.vi).toContain('đã đính chính');
  const events = await app.db.select().from(auditEvents);
  expect(events.some((event) => event.entityType === 'regime' && event.entityId === 'nd331')).toBe(true);
});

test('only an administrator of a top-level organisation may change a regime', async () => {
  const before = await app.db.select().from(regimeSettings);
  const officer = await app.as('yendinh.cntt');
  const nd85 = (await officer.request('GET', '/api/regimes')).json.items[0];
  expect((await officer.request('PUT', '/api/regimes/nd85', { body: nd85 })).status).toBe(403);
  expect(await app.db.select().from(regimeSettings)).toEqual(before);
});

test('a malformed regime answers 400 and saves nothing', async () => {
  const admin = await app.as('admin');
  const before = await app.db.select().from(regimeSettings);
  const nd85 = (await admin.request('GET', '/api/regimes')).json.items[0];
  nd85.rules[0].level = 9;
  nd85.rules[1].when = { fact: 'systemType', equals: 'internal' };
  const res = await admin.request('PUT', '/api/regimes/nd85', { body: nd85 });
  expect(res.status).toBe(400);
  expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(
    expect.arrayContaining(['rules[0].level', 'rules[1].when']),
  );
  expect((await admin.request('PUT', '/api/regimes/nd85', { body: { ...nd85, id: 'nd331' } })).status).toBe(400);
  expect(await app.db.select().from(regimeSettings)).toEqual(before);
});
