import { describe, expect, test } from 'vitest';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { snapshotDossierTables } from '../../support/dossiers.js';
import type { TestApp } from '../../support/test-app.js';

/*
 * Every date that enters the API lies between 01/01/1900 and 31/12/2199 (isoDateSchema in
 * shared/common/text.ts): a day PostgreSQL refuses (year 0) or one whose next day has no
 * YYYY-MM-DD answered 500; now each answers 400 naming its field, in Vietnamese.
 */

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const outOfRange = 'Ngày phải nằm trong khoảng từ 01/01/1900 đến 31/12/2199.';
const refusal = (path: string) => ({
  error: {
    code: 'validation_failed',
    message: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
    issues: [{ path, message: outOfRange }],
  },
});

describe('the report date (asOf) of the compliance report and the dashboard', () => {
  test.each([
    ['/api/reports/compliance', '0000-01-01'],
    ['/api/reports/compliance', '9999-12-31'],
    ['/api/reports/compliance', '1899-12-31'],
    ['/api/reports/dashboard', '0000-01-01'],
    ['/api/reports/dashboard', '9999-12-31'],
    ['/api/reports/dashboard', '1899-12-31'],
  ])('%s?asOf=%s answers 400 naming asOf, never 500', async (path, asOf) => {
    const res = await (await app.as('yendinh.tonghop')).get(path, { query: { asOf } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual(refusal('asOf'));
  });

  test.each(['/api/reports/compliance', '/api/reports/dashboard'])(
    '%s as of the first day accepted, 1900-01-01, answers: nothing was recorded yet',
    async (path) => {
      const res = await (await app.as('yendinh.tonghop')).get(path, { query: { asOf: '1900-01-01' } });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ asOf: '1900-01-01', historical: true });
    },
  );
});

describe("a transition's document date", () => {
  test.each(['0000-01-01', '1899-12-31'])(
    'an approval dated %s answers 400 naming documentDate and writes nothing',
    async (documentDate) => {
      const dossier = await makeDossier(app.db, {
        operatorOrganisationId: demo.org(DINH_BINH).id,
        systems: [{ systemId: demo.systemOf(DINH_BINH).id, level: 2 }],
        status: 'appraised',
      });
      const before = await snapshotDossierTables(app.db);
      const res = await (
        await app.as('sotttt.lanhdao')
      ).post(`/api/dossiers/${dossier.id}/transitions`, {
        body: { action: 'approve', version: 1, documentNumber: '1/QĐ-STTTT', documentDate },
      });
      expect(res.status).toBe(400);
      expect(res.json).toEqual(refusal('documentDate'));
      expect(await snapshotDossierTables(app.db)).toEqual(before);
    },
  );
});
