import { expect, test } from 'vitest';
import { dossiers } from '#server/db/schema/index.js';
import { answersForLevel } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const body = (regime?: string) => ({
  title: 'Hồ sơ chọn chế độ',
  operatorOrganisationId: demo.org(DINH_BINH).id,
  ...(regime ? { regime } : {}),
  systems: [{ systemId: demo.systemOf(DINH_BINH).id, answers: answersForLevel[2] }],
});

test('a dossier may choose a regime open today; a closed one answers 400 naming regime, writes nothing', async () => {
  const officer = await app.as('dinhbinh.cntt');
  const chosen = await officer.post('/api/dossiers', { body: body('nd85') });
  expect(chosen.status).toBe(201);
  expect(chosen.json.regime).toBe('nd85');

  // The administrator closes nd85's transition window (regime data, no code change).
  const admin = await app.as('admin');
  const nd85 = (await admin.get('/api/regimes')).json.items.find((r: { id: string }) => r.id === 'nd85');
  expect(
    (await admin.request('PUT', '/api/regimes/nd85', { body: { ...nd85, newDossiersUntil: '2026-01-01' } })).status,
  ).toBe(200);

  const before = (await app.db.select().from(dossiers)).length;
  const refused = await officer.post('/api/dossiers', { body: body('nd85') });
  expect(refused.status).toBe(400);
  expect(refused.json.error.issues).toEqual([
    { path: 'regime', message: 'Chế độ này không còn (hoặc chưa) áp dụng cho hồ sơ lập ngày hôm nay.' },
  ]);
  expect((await app.db.select().from(dossiers)).length).toBe(before);

  const switched = await officer.request('PATCH', `/api/dossiers/${chosen.json.id}`, {
    body: { version: chosen.json.version, regime: 'nd331' },
  });
  expect(switched.status).toBe(200);
  const back = await officer.request('PATCH', `/api/dossiers/${chosen.json.id}`, {
    body: { version: switched.json.version, regime: 'nd85' },
  });
  expect(back.status).toBe(400);
});
