import { expect, test } from 'vitest';
import { regimeSettings } from '#server/db/schema/index.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * Found by `npm run fuzz`: a regime saved with a clock of 2^53 − 1 days (or an inspection cycle as long) was
 * accepted, and from then on every compliance report failed (PostgreSQL's integer overflowed) and every annual
 * report too (the due date became an invalid date): 500 for everyone, until someone edited the regime back.
 */

let app: TestApp;
useDemoApp((opened) => (app = opened));

const huge = Number.MAX_SAFE_INTEGER;

test('a clock or an inspection cycle past any real one answers 400 naming it, and saves nothing', async () => {
  const admin = await app.as('admin');
  const before = await app.db.select().from(regimeSettings);
  const nd85 = (await admin.request('GET', '/api/regimes')).json.items[0];
  nd85.clocks.approval.days = huge;
  nd85.clocks.appraisal['3'].days = 366;
  nd85.inspectionMonths['2'] = huge;
  nd85.inspectionMonths['5'] = 121;
  const res = await admin.request('PUT', '/api/regimes/nd85', { body: nd85 });
  expect(res.status).toBe(400);
  expect(res.json.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
    'clocks.appraisal.3.days',
    'clocks.approval.days',
    'inspectionMonths.2',
    'inspectionMonths.5',
  ]);
  expect(await app.db.select().from(regimeSettings)).toEqual(before);
});

test('the longest clocks and cycles allowed still give every report', async () => {
  const admin = await app.as('admin');
  const nd331 = (await admin.request('GET', '/api/regimes')).json.items[1];
  nd331.clocks.completeness = { days: 365, workingDays: true };
  for (const level of ['1', '2', '3', '4', '5']) {
    nd331.clocks.appraisal[level] = { days: 365, workingDays: false };
    nd331.inspectionMonths[level] = 120;
  }
  nd331.clocks.approval = { days: 365, workingDays: true };
  expect((await admin.request('PUT', '/api/regimes/nd331', { body: nd331 })).status).toBe(200);

  for (const format of ['json', 'pdf']) {
    const compliance = await admin.request('GET', '/api/reports/compliance', { query: { format } });
    expect(compliance.status, `compliance ${format}`).toBe(200);
  }
  for (const year of [2026, 2100]) {
    const annual = await admin.request('GET', '/api/reports/annual', { query: { year, regime: 'nd331' } });
    expect(annual.status, `annual ${year}`).toBe(200);
  }
});
