import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { dossiers } from '#server/db/schema/index.js';
import { makeDossier, makeSubmittableDossier } from '../../factories/dossiers.js';
import { DINH_BINH, TTDVNN, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { docxParts, docxText, downloadBytes, pdfInfo, pdfText, zipEntries } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';

/** The forms of a dossier through the API, read back from the files the server sends. */
let app: TestApp;
let demo: Demo;
let approvedId = '';
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const [approved] = await app.db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(DINH_BINH).id), eq(dossiers.status, 'approved')));
  approvedId = approved!.id;
});

describe('an approved nd85 level 2 dossier of Định Bình', () => {
  test('lists its four forms, the decision issued with its number and date', async () => {
    const res = await (await app.as('dinhbinh.cntt')).get(`/api/dossiers/${approvedId}/documents`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.items.map((item: { form: string }) => item.form)).toEqual([
      'submission-appraisal',
      'explanation',
      'appraisal-opinion',
      'approval-decision',
    ]);
    const decision = res.json.items.find((item: { form: string }) => item.form === 'approval-decision');
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, approvedId));
    expect(decision).toMatchObject({
      status: 'issued',
      symbol: row!.approvalDecisionNumber,
      issuedOn: row!.approvalDecisionDate,
    });
    expect(decision.fileName).toMatch(/^quyet-dinh-phe-duyet-cap-do-\d+-QD-STTTT-ubnd-xa-dinh-binh$/);
  });

  test("the approval decision as PDF: A4, the Sở's header, the number, the commune, diacritics intact", async () => {
    const client = await app.as('dinhbinh.cntt');
    const file = await downloadBytes(client, `/api/dossiers/${approvedId}/documents/approval-decision.pdf`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="quyet-dinh-phe-duyet/);
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, approvedId));
    const text = (await pdfText(file.body)).replace(/\s+/g, ' ');
    expect(text).toContain('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THANH HÓA');
    expect(text).toContain('UBND TỈNH THANH HÓA');
    expect(text).toContain(`Số: ${row!.approvalDecisionNumber}`);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Ủy ban nhân dân xã Định Bình');
    expect(text).toContain('cấp độ 2');
    expect((await pdfInfo(file.body))['Page size']).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  test('the same decision as DOCX carries the same fields', async () => {
    const client = await app.as('dinhbinh.cntt');
    const file = await downloadBytes(client, `/api/dossiers/${approvedId}/documents/approval-decision.docx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const text = docxText((await docxParts(file.body))['word/document.xml']!);
    const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, approvedId));
    expect(text).toContain(`Số: ${row!.approvalDecisionNumber}`);
    expect(text).toContain('Ủy ban nhân dân xã Định Bình');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  test('inline=1 previews a PDF in the browser; a DOCX is always a download', async () => {
    const client = await app.as('dinhbinh.cntt');
    const pdf = await downloadBytes(client, `/api/dossiers/${approvedId}/documents/explanation.pdf?inline=1`);
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline; /);
    const docx = await downloadBytes(client, `/api/dossiers/${approvedId}/documents/explanation.docx?inline=1`);
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  test('documents.zip holds every available form in both formats', async () => {
    const file = await downloadBytes(await app.as('dinhbinh.cntt'), `/api/dossiers/${approvedId}/documents.zip`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/zip');
    const names = (await zipEntries(file.body)).sort();
    expect(names).toHaveLength(8);
    expect(names.some((name) => /^quyet-dinh-phe-duyet-cap-do-\d+-QD-STTTT-ubnd-xa-dinh-binh\.pdf$/.test(name))).toBe(
      true,
    );
    expect(names.filter((name) => name.endsWith('.docx'))).toHaveLength(4);
  });
});

describe('what a dossier does not have yet', () => {
  test('a draft has no decision: 404 naming the reason; a file name of no form: 400', async () => {
    const system = demo.systemOf(TTDVNN);
    const draft = await makeDossier(app.db, {
      operatorOrganisationId: system.operatorOrganisationId,
      systems: [{ systemId: system.id }],
    });
    const client = await app.as('ttdvnn.cntt');
    const list = await client.get(`/api/dossiers/${draft.id}/documents`);
    expect(list.json.items.map((item: { form: string }) => item.form)).toEqual(['submission-appraisal', 'explanation']);
    expect(list.json.items.every((item: { status: string }) => item.status === 'draft')).toBe(true);

    const decision = await client.get(`/api/dossiers/${draft.id}/documents/approval-decision.pdf`);
    expect(decision.status).toBe(404);
    expect(decision.json.error.issues[0]).toMatchObject({ path: 'file', message: expect.stringContaining('chưa có') });
    const wrong = await client.get(`/api/dossiers/${draft.id}/documents/../../etc/passwd.pdf`);
    expect([400, 404]).toContain(wrong.status);
    const unknown = await client.get(`/api/dossiers/${draft.id}/documents/bien-ban.pdf`);
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.issues[0].path).toBe('file');
  });

  test('a draft submission leaves the number and the day blank', async () => {
    const system = demo.systemOf(TTDVNN);
    const draft = await makeDossier(app.db, {
      operatorOrganisationId: system.operatorOrganisationId,
      systems: [{ systemId: system.id }],
    });
    const file = await downloadBytes(
      await app.as('ttdvnn.cntt'),
      `/api/dossiers/${draft.id}/documents/submission-appraisal.docx`,
    );
    const text = docxText((await docxParts(file.body))['word/document.xml']!);
    expect(text).toMatch(/Số: {2,}\/TTr-TTDVNN/);
    expect(text).toMatch(/ngày {2,}tháng {2,}năm \d{4}/);
    expect(text).toContain('Kính gửi');
  });
});

describe("the unit's submission letter", () => {
  test('submitted with its number, the request and the explanation carry it and the decision cites it', async () => {
    const system = demo.systemOf(TTDVNN);
    const draft = await makeSubmittableDossier(app.db, {
      operatorOrganisationId: system.operatorOrganisationId,
      systems: [{ systemId: system.id }],
    });
    const officer = await app.as('ttdvnn.cntt');
    const future = await officer.post(`/api/dossiers/${draft.id}/transitions`, {
      body: { action: 'submit', version: 1, documentNumber: '15/TTr-TTDVNN', documentDate: '2099-01-01' },
    });
    expect(future.status).toBe(400);
    expect(future.json.error.issues[0].path).toBe('documentDate');
    const submitted = await officer.post(`/api/dossiers/${draft.id}/transitions`, {
      body: { action: 'submit', version: 1, documentNumber: '15/TTr-TTDVNN', documentDate: '2026-11-02' },
    });
    expect(submitted.status, submitted.text).toBe(200);

    const listed = await officer.get(`/api/dossiers/${draft.id}/documents`);
    expect(
      listed.json.items
        .filter((item: { symbol: string | null }) => item.symbol === '15/TTr-TTDVNN')
        .map((item: { form: string }) => item.form),
    ).toEqual(['submission-appraisal', 'explanation']);
    const request = docxText(
      (
        await docxParts(
          (await downloadBytes(officer, `/api/dossiers/${draft.id}/documents/submission-appraisal.docx`)).body,
        )
      )['word/document.xml']!,
    );
    expect(request).toContain('Số: 15/TTr-TTDVNN');
    expect(request).toContain('ngày 02 tháng 11 năm 2026');

    const appraiser = await app.as('sotttt.thamdinh');
    const appraised = await appraiser.post(`/api/dossiers/${draft.id}/transitions`, {
      body: {
        action: 'appraise',
        version: submitted.json.version,
        conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
      },
    });
    expect(appraised.status, appraised.text).toBe(200);
    const decision = (
      await pdfText((await downloadBytes(appraiser, `/api/dossiers/${draft.id}/documents/approval-decision.pdf`)).body)
    ).replace(/\s+/g, ' ');
    expect(decision).toContain('Tờ trình số 15/TTr-TTDVNN ngày 02/11/2026');
  });
});
