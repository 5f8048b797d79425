import { expect, test } from 'vitest';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

test('the list filters by system: only dossiers that cover it', async () => {
  const reporter = await app.as('yendinh.tonghop');
  const system = demo.systemOf(DINH_BINH);
  const res = await reporter.get('/api/dossiers', { query: { systemId: system.id } });
  expect(res.status).toBe(200);
  expect(res.json.total).toBeGreaterThanOrEqual(1);
  for (const item of res.json.items)
    expect(item.systems.map((s: { systemId: string }) => s.systemId)).toContain(system.id);
  const all = await reporter.get('/api/dossiers', { query: { limit: 500 } });
  expect(res.json.total).toBeLessThan(all.json.total);
});
