import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import type { Dashboard } from '#shared/reports/dashboard.schemas.js';
import { informationSystems } from '#server/db/schema/index.js';
import { useDemoApp } from '../../support/demo-app.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

test('the approvals trend starts at the month of the first approval, however long ago it was', async () => {
  // Định Bình's system approved (as recorded today) years before the district's others, over three years before.
  await app.db
    .update(informationSystems)
    .set({ approvalDecisionDate: '2016-03-15' })
    .where(eq(informationSystems.id, demo.systemOf(DINH_BINH).id));
  const client = await app.as('yendinh.tonghop');
  const trend = ((await client.get('/api/reports/dashboard')).json as Dashboard).approvalsByMonth;
  expect(trend[0]).toEqual({ month: '2016-03', approvals: 1 });
  // Every month from there on is listed, the approvals adding up to all 27 of the district's.
  const [year, month] = trend.at(-1)!.month.split('-').map(Number) as [number, number];
  expect(trend).toHaveLength((year - 2016) * 12 + month - 3 + 1);
  expect(trend.reduce((total, m) => total + m.approvals, 0)).toBe(27);
});
