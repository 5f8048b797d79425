import { expect, test } from 'vitest';
import { useDemoApp } from '../../support/demo-app.js';
import type { TestApp } from '../../support/test-app.js';

/**
 * Found by `npm run fuzz`: the reports answer CSV, XLSX, PDF and DOCX files when asked (format=...), but their
 * OpenAPI document declared only JSON, so a client generated from it (or a contract fuzzer) met undeclared
 * content. Each file an endpoint can answer is now declared next to its JSON.
 */

let app: TestApp;
useDemoApp((opened) => (app = opened));

const essence = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim();

const cases = [
  { path: '/api/reports/compliance', query: {}, formats: ['csv', 'xlsx', 'pdf', 'docx'] },
  { path: '/api/reports/annual', query: { year: 2025, regime: 'nd85' }, formats: ['csv', 'xlsx'] },
];

test('every file a report answers has its media type declared in the OpenAPI document', async () => {
  const spec = (await app.anonymous().get('/api/openapi.json')).json;
  const admin = await app.as('admin');
  for (const { path, query, formats } of cases) {
    const declared = Object.keys(spec.paths[path].get.responses['200'].content as object);
    expect(declared, path).toContain('application/json');
    for (const format of formats) {
      const res = await admin.request('GET', path, { query: { ...query, format } });
      expect(res.status, `${path} ${format}`).toBe(200);
      expect(declared, `${path} ${format}`).toContain(essence(res.headers.get('content-type')));
    }
  }
});
