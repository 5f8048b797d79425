import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { dossiers, issuedDocuments } from '#server/db/schema/index.js';
import { issueDocumentNumber } from '#server/modules/documents/issue-number.js';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, SO_TTTT, TTDVNN, type Demo } from '../../support/demo.js';
import { docxParts, docxText, downloadBytes, pdfText } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

/** The register: one number per document, unique per issuer, year and type, restarting each year. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const issue = (organisationId: string, issuedOn: string, typeCode = 'QĐ', issuerCode = 'STTTT') =>
  app.db.transaction((tx) =>
    issueDocumentNumber(tx, {
      organisationId,
      issuerCode,
      typeCode,
      issuedOn,
      dossierId: null,
      form: 'approval-decision',
      issuedBy: null,
    }),
  );

test('thirty concurrent issuers get thirty different numbers, 01 to 30, zero-padded below 10', async () => {
  const so = demo.org(SO_TTTT).id;
  const issued = await Promise.all(Array.from({ length: 30 }, () => issue(so, '2030-03-02')));
  expect(issued.map((row) => row.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  const symbols = issued.map((row) => row.symbol);
  expect(new Set(symbols).size).toBe(30);
  expect(symbols).toContain('05/QĐ-STTTT');
  expect(symbols).toContain('10/QĐ-STTTT');
  const stored = await app.db.select().from(issuedDocuments).where(eq(issuedDocuments.year, 2030));
  expect(stored).toHaveLength(30);
});

test('each year, type and issuer has its own register: a new year starts at 01', async () => {
  const so = demo.org(SO_TTTT).id;
  const commune = demo.org(DINH_BINH).id;
  expect((await issue(so, '2031-12-31')).symbol).toBe('01/QĐ-STTTT');
  expect((await issue(so, '2031-12-31')).symbol).toBe('02/QĐ-STTTT');
  expect((await issue(so, '2032-01-01')).symbol).toBe('01/QĐ-STTTT');
  // A letter (no type code) carries the Sở's drafting unit after its own short name (Decree 30).
  expect((await issue(so, '2031-06-01', '')).symbol).toBe('01/STTTT-PCNTT');
  expect((await issue(commune, '2031-06-01')).number).toBe(1);
});

test("a letter's number carries its issuer's drafting unit as set when issued; a typed one's does not", async () => {
  const so = demo.org(SO_TTTT).id;
  const unit = demo.org(TTDVNN).id;
  // The centre has no drafting unit: its short name alone.
  expect((await issue(unit, '2033-03-01', '', 'TTDVNN')).symbol).toBe('01/TTDVNN');
  const admin = await app.as('admin');
  const path = `/api/organisations/${so}/document-settings`;
  const setUnit = async (draftingUnit: string) => {
    const { version, organisationId: _id, ...current } = (await admin.get(path)).json;
    const saved = await admin.request('PUT', path, { body: { ...current, version, draftingUnit } });
    expect(saved.status, saved.text).toBe(200);
  };
  await setUnit('ATTT');
  expect((await issue(so, '2033-03-01', '')).symbol).toBe('01/STTTT-ATTT');
  expect((await issue(so, '2033-03-01', 'QĐ')).symbol).toBe('01/QĐ-STTTT');
  // Cleared: the register goes on, the symbol without a unit.
  await setUnit('');
  expect((await issue(so, '2033-03-02', '')).symbol).toBe('02/STTTT');
  await setUnit('PCNTT');
});

test("appraising takes the opinion's number; approving without one, the decision's; on the documents", async () => {
  const system = demo.systemOf(DINH_BINH);
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: system.operatorOrganisationId,
    systems: [{ systemId: system.id }],
    status: 'submitted',
  });
  const appraiser = await app.as('sotttt.thamdinh');
  const appraised = await appraiser.post(`/api/dossiers/${dossier.id}/transitions`, {
    body: {
      action: 'appraise',
      version: dossier.version,
      conclusions: { level: 'suitable', designPlan: 'suitable', operationPlan: 'suitable' },
    },
  });
  expect(appraised.status, appraised.text).toBe(200);
  const leader = await app.as('sotttt.lanhdao');
  const listed = await leader.get(`/api/dossiers/${dossier.id}/documents`);
  const opinion = listed.json.items.find((item: { form: string }) => item.form === 'appraisal-opinion');
  expect(opinion.status).toBe('issued');
  expect(opinion.symbol).toMatch(/^\d{2}\/STTTT-PCNTT$/);

  const today = appraised.json.stepStartedOn as string;
  const approved = await leader.post(`/api/dossiers/${dossier.id}/transitions`, {
    body: { action: 'approve', version: appraised.json.version, documentDate: today },
  });
  expect(approved.status, approved.text).toBe(200);
  expect(approved.json.approvalDecision.number).toMatch(/^\d{2}\/QĐ-STTTT$/);
  const [row] = await app.db.select().from(dossiers).where(eq(dossiers.id, dossier.id));
  const registered = await app.db.select().from(issuedDocuments).where(eq(issuedDocuments.dossierId, dossier.id));
  expect(
    registered
      .map(({ form, symbol, issuedOn }) => ({ form, symbol, issuedOn }))
      .sort((a, b) => a.form.localeCompare(b.form)),
  ).toEqual([
    { form: 'appraisal-opinion', symbol: opinion.symbol, issuedOn: today },
    { form: 'approval-decision', symbol: row!.approvalDecisionNumber, issuedOn: today },
  ]);

  const file = await downloadBytes(
    await app.as('dinhbinh.cntt'),
    `/api/dossiers/${dossier.id}/documents/approval-decision.docx`,
  );
  const text = docxText((await docxParts(file.body))['word/document.xml']!);
  expect(text).toContain(`Số: ${row!.approvalDecisionNumber}`);
  expect(text).toContain('Nguyễn Văn Lãnh Đạo');
  const letter = await downloadBytes(
    await app.as('dinhbinh.cntt'),
    `/api/dossiers/${dossier.id}/documents/appraisal-opinion.pdf`,
  );
  expect((await pdfText(letter.body)).replace(/\s+/g, ' ')).toContain(`Số: ${opinion.symbol as string}`);
});

test("a draft letter's number leaves its blank before the symbol it will have: the drafting unit in it", async () => {
  const system = demo.systemOf(DINH_BINH);
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: system.operatorOrganisationId,
    systems: [{ systemId: system.id, level: 2 }],
    regime: 'nd331',
  });
  const file = await downloadBytes(await app.as('dinhbinh.cntt'), `/api/dossiers/${dossier.id}/documents/form-01.docx`);
  expect(file.status).toBe(200);
  expect(docxText((await docxParts(file.body))['word/document.xml']!)).toMatch(/Số: {3,}\/UBND-VP\n/);
});
