import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { dossiers } from '#server/db/schema/index.js';
import { todayInVietnam } from '#shared/calendar/today-in-vietnam.js';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, TTDVNN, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { downloadBytes, zipEntries } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';
import { waitUntilFinished } from './export-progress.js';

/** The names the downloads of a dossier's documents carry, read from their Content-Disposition. */
let app: TestApp;
let demo: Demo;
let approved: typeof dossiers.$inferSelect;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const [row] = await app.db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(DINH_BINH).id), eq(dossiers.status, 'approved')));
  approved = row!;
});

/** The name a download is saved under: both the ASCII filename and the UTF-8 filename* say it. */
function savedName(disposition: string | null) {
  const ascii = /filename="([^"]+)"/.exec(disposition ?? '')?.[1];
  const utf8 = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition ?? '')?.[1] ?? '');
  expect(utf8).toBe(ascii);
  return ascii;
}

describe('a dossier of Định Bình, approved by decision 21xx/QĐ-STTTT', () => {
  test('the decision is named by its form, its number and its unit, in every format and in the list', async () => {
    const client = await app.as('dinhbinh.cntt');
    // "2103/QĐ-STTTT" -> "2103-QD-STTTT": the number as written, in ASCII.
    const number = approved.approvalDecisionNumber!.replace('/', '-').replace('Đ', 'D');
    const expected = `quyet-dinh-phe-duyet-cap-do-${number}-ubnd-xa-dinh-binh`;
    for (const format of ['pdf', 'docx']) {
      const file = await downloadBytes(client, `/api/dossiers/${approved.id}/documents/approval-decision.${format}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toMatch(/^attachment; /);
      expect(savedName(file.headers.get('content-disposition'))).toBe(`${expected}.${format}`);
    }
    const list = await client.get(`/api/dossiers/${approved.id}/documents`);
    const byForm = Object.fromEntries(
      list.json.items.map((item: { form: string; fileName: string }) => [item.form, item.fileName]),
    );
    expect(byForm['approval-decision']).toBe(expected);
    // Every form carries the unit; the ones not numbered by the unit's register carry no number.
    expect(Object.values(byForm).every((name) => String(name).endsWith('-ubnd-xa-dinh-binh'))).toBe(true);
    expect(new Set(Object.values(byForm)).size).toBe(list.json.items.length);
  });

  test('documents.zip: named by the unit and the title, no id; its entries named like the downloads', async () => {
    const client = await app.as('dinhbinh.cntt');
    const file = await downloadBytes(client, `/api/dossiers/${approved.id}/documents.zip`);
    const name = savedName(file.headers.get('content-disposition'))!;
    expect(name).toMatch(/^van-ban-ubnd-xa-dinh-binh-ho-so-de-xuat-cap-do-[a-z0-9-]+\.zip$/);
    expect(name).not.toContain(approved.id.slice(0, 8));
    const number = approved.approvalDecisionNumber!.replace('/', '-').replace('Đ', 'D');
    expect(await zipEntries(file.body)).toContain(`quyet-dinh-phe-duyet-cap-do-${number}-ubnd-xa-dinh-binh.pdf`);
  });
});

test('a draft: the form and the unit, no number', async () => {
  const system = demo.systemOf(TTDVNN);
  const draft = await makeDossier(app.db, {
    operatorOrganisationId: system.operatorOrganisationId,
    systems: [{ systemId: system.id }],
  });
  const file = await downloadBytes(
    await app.as('ttdvnn.cntt'),
    `/api/dossiers/${draft.id}/documents/submission-appraisal.pdf`,
  );
  expect(savedName(file.headers.get('content-disposition'))).toBe(
    'to-trinh-de-nghi-tham-dinh-trung-tam-dich-vu-nong-nghiep-huyen-yen-dinh.pdf',
  );
});

test("a batch export's zip is named after what it covers and the day, in Vietnam", async () => {
  const client = await app.as('yendinh.tonghop');
  const started = await client.post('/api/document-exports', {
    body: { organisationId: demo.org(DINH_BINH).id, status: 'approved', formats: ['pdf'] },
  });
  expect(started.status, started.text).toBe(202);
  const done = await waitUntilFinished(client, started.json.id);
  expect(done.status).toBe('done');
  const zip = await downloadBytes(client, `/api/document-exports/${started.json.id}/download`);
  expect(savedName(zip.headers.get('content-disposition'))).toBe(
    `xuat-van-ban-ubnd-xa-dinh-binh-da-phe-duyet-${todayInVietnam(new Date(done.createdAt))}.zip`,
  );
  // Inside, a folder per dossier named by its unit.
  expect((await zipEntries(zip.body)).every((entry) => entry.startsWith('ubnd-xa-dinh-binh-'))).toBe(true);
}, 60_000);
