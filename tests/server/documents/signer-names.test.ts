import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { documentSettings, dossiers, informationSystems } from '#server/db/schema/index.js';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, DINH_CONG, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { lastSettingsEvent, settingsPath } from './document-settings-support.js';
import { docxParts, docxText, downloadBytes, pdfText } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';

/** Who signs each kind of document an organisation issues: set, read back, refused, and printed on the forms. */
let app: TestApp;
let demo: Demo;
/** Định Bình's approved nd85 level 2 dossier: its submission letter is the commune's, its decision the Sở's. */
let approvedId = '';
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));
beforeAll(async () => {
  const [approved] = await app.db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(DINH_BINH).id), eq(dossiers.status, 'approved')));
  approvedId = approved!.id;
});

/** The commune signs as its kind does: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
const communeSigns = {
  headTitle: 'Chủ tịch',
  signingMark: 'TM',
  markedAuthority: 'Ủy ban nhân dân',
  signerTitle: 'Chủ tịch',
};

test('names set per form are read back, a blank one is none, and the audit event records the change', async () => {
  const commune = demo.org(DINH_BINH).id;
  const admin = await app.as('admin');
  // The demo sets up how the commune signs: its chair, its office drafting; no form has a name of its own.
  const seeded = (await admin.get(settingsPath(commune))).json;
  expect(seeded).toMatchObject({ signerNames: {}, headName: 'Phạm Ngọc Sơn', draftingUnit: 'VP', version: 1 });
  const v = seeded.version as number;

  const saved = await admin.request('PUT', settingsPath(commune), {
    body: {
      version: v,
      ...communeSigns,
      // Decomposed Vietnamese and stray spaces are stored as one writes them: NFC, trimmed.
      signerNames: { 'submission-appraisal': ' Lê Văn Hu\u0300ng ', explanation: 'Lê Văn Hùng', 'form-01': '' },
    },
  });
  expect(saved.status, saved.text).toBe(200);
  const names = { 'submission-appraisal': 'Lê Văn Hùng', explanation: 'Lê Văn Hùng' };
  expect(saved.json).toMatchObject({ version: v + 1, signerNames: names });
  expect(Object.keys(saved.json.signerNames)).toEqual(['submission-appraisal', 'explanation']);
  // Anyone who sees the commune reads them back.
  const read = await (await app.as('dinhbinh.cntt')).get(settingsPath(commune));
  expect(read.json).toMatchObject({ version: v + 1, signerNames: names });
  expect((await lastSettingsEvent(app.db, commune))?.after).toMatchObject({ signerNames: names });

  // A save that leaves the names out keeps them; one that sends a new set replaces them.
  const titlesOnly = await admin.request('PUT', settingsPath(commune), {
    body: {
      version: v + 1,
      ...communeSigns,
      signerTitle: 'Phó Chủ tịch',
      signingMark: 'KT',
      markedAuthority: 'Chủ tịch',
    },
  });
  expect(titlesOnly.json).toMatchObject({ version: v + 2, signerTitle: 'Phó Chủ tịch', signerNames: names });
  const titlesEvent = await lastSettingsEvent(app.db, commune);
  expect(titlesEvent?.after).not.toHaveProperty('signerNames');

  const replaced = await admin.request('PUT', settingsPath(commune), {
    body: { version: v + 2, ...communeSigns, signerNames: { explanation: 'Trịnh Văn Nam' } },
  });
  expect(replaced.json.signerNames).toEqual({ explanation: 'Trịnh Văn Nam' });
  const [row] = await app.db.select().from(documentSettings).where(eq(documentSettings.organisationId, commune));
  expect(row!.signerNames).toEqual({ explanation: 'Trịnh Văn Nam' });
  expect(await lastSettingsEvent(app.db, commune)).toMatchObject({
    before: { signerNames: names },
    after: { signerNames: { explanation: 'Trịnh Văn Nam' } },
  });
});

test('an unknown form key or a name too long is refused naming the field, and nothing changes', async () => {
  const so = demo.org(SO_TTTT).id;
  const admin = await app.as('admin');
  const before = (await admin.get(settingsPath(so))).json;
  const [rowBefore] = await app.db.select().from(documentSettings).where(eq(documentSettings.organisationId, so));
  const base = {
    version: before.version,
    headTitle: 'Giám đốc',
    signingMark: '',
    markedAuthority: '',
    signerTitle: 'Giám đốc',
  };

  const unknown = await admin.request('PUT', settingsPath(so), {
    body: { ...base, signerNames: { 'approval-decision': 'Nguyễn Văn A', 'form-99': 'Nguyễn Văn B' } },
  });
  expect(unknown.status).toBe(400);
  expect(unknown.json.error.code).toBe('validation_failed');
  expect(unknown.json.error.issues).toEqual([{ path: 'signerNames', message: 'Trường không được hỗ trợ: form-99.' }]);

  const tooLong = await admin.request('PUT', settingsPath(so), {
    body: { ...base, signerNames: { 'appraisal-opinion': 'N'.repeat(101) } },
  });
  expect(tooLong.status).toBe(400);
  expect(tooLong.json.error.issues).toEqual([
    { path: 'signerNames.appraisal-opinion', message: 'Không được quá 100 ký tự.' },
  ]);

  const notARecord = await admin.request('PUT', settingsPath(so), { body: { ...base, signerNames: ['Nguyễn Văn A'] } });
  expect(notARecord.status).toBe(400);
  expect(notARecord.json.error.issues[0].path).toBe('signerNames');

  expect((await admin.get(settingsPath(so))).json).toEqual(before);
  expect(await app.db.select().from(documentSettings).where(eq(documentSettings.organisationId, so))).toEqual([
    rowBefore,
  ]);
});

test("the commune's submission letter carries its signer's name, in the DOCX and the PDF", async () => {
  const commune = demo.org(DINH_BINH).id;
  const client = await app.as('dinhbinh.cntt');
  const issuedLetter = `/api/dossiers/${approvedId}/documents/submission-appraisal`;
  const name = 'Hoàng Thị Thu Hương';
  const head = 'Phạm Ngọc Sơn';
  const docxOf = async (path: string) =>
    docxText((await docxParts((await downloadBytes(client, path)).body))['word/document.xml']!);
  const issuedBefore = await downloadBytes(client, `${issuedLetter}.docx`);
  const unnamed = docxText((await docxParts(issuedBefore.body))['word/document.xml']!);
  expect(unnamed).not.toContain(name);
  // No name for the form: the chair, whose block it is ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), signs.
  expect(unnamed).toMatch(/CHỦ TỊCH\n(.*\n)*?Phạm Ngọc Sơn\n/);
  // The commune's letter for a dossier still being drafted, which the name set below will sign.
  const [system] = await app.db
    .select()
    .from(informationSystems)
    .where(eq(informationSystems.operatorOrganisationId, commune));
  const drafting = await makeDossier(app.db, { operatorOrganisationId: commune, systems: [{ systemId: system!.id }] });
  const letter = `/api/dossiers/${drafting.id}/documents/submission-appraisal`;

  const settings = (await (await app.as('admin')).get(settingsPath(commune))).json;
  const saved = await (
    await app.as('admin')
  ).request('PUT', settingsPath(commune), {
    body: { ...communeSigns, version: settings.version, signerNames: { 'submission-appraisal': name } },
  });
  expect(saved.status, saved.text).toBe(200);

  const docx = await docxOf(`${letter}.docx`);
  // Under the signer's title, at the foot of the signature block.
  expect(docx).toMatch(/CHỦ TỊCH\n(.*\n)*?Hoàng Thị Thu Hương\n/);
  expect(docx).not.toContain(head);
  const pdf = (await pdfText((await downloadBytes(client, `${letter}.pdf`)).body)).replace(/\s+/g, ' ');
  expect(pdf).toContain(name);
  // Only the form it was set for: the explanation, also the commune's, still names the chair.
  const explanationText = await docxOf(`/api/dossiers/${drafting.id}/documents/explanation.docx`);
  expect(explanationText).not.toContain(name);
  expect(explanationText).toContain(head);
  // The letter already issued is the paper that was sent: the same file, its signer as it was
  // (docs/decisions.md#an-issued-document-is-rendered-once-and-kept).
  const issuedAfter = await downloadBytes(client, `${issuedLetter}.docx`);
  expect(issuedAfter.body.equals(issuedBefore.body)).toBe(true);
  expect(docxText((await docxParts(issuedAfter.body))['word/document.xml']!)).toContain(head);
});

test("an issued approval decision still names the approver who decided; the Sở's other forms its signer", async () => {
  const so = demo.org(SO_TTTT).id;
  const [dossier] = await app.db.select().from(dossiers).where(eq(dossiers.id, approvedId));
  const approver = dossier!.review.decision!.byName;
  expect(approver).not.toBe('');
  const admin = await app.as('admin');
  const settings = (await admin.get(settingsPath(so))).json;
  const saved = await admin.request('PUT', settingsPath(so), {
    body: {
      version: settings.version,
      headTitle: 'Giám đốc',
      signingMark: '',
      markedAuthority: '',
      signerTitle: 'Giám đốc',
      signerNames: { 'approval-decision': 'Người Được Thiết Lập', 'appraisal-opinion': 'Đỗ Minh Thẩm' },
    },
  });
  expect(saved.status, saved.text).toBe(200);

  const client = await app.as('dinhbinh.cntt');
  const text = async (file: string) =>
    docxText(
      (await docxParts((await downloadBytes(client, `/api/dossiers/${approvedId}/documents/${file}`)).body))[
        'word/document.xml'
      ]!,
    );
  const decision = await text('approval-decision.docx');
  expect(decision).toContain(approver);
  expect(decision).not.toContain('Người Được Thiết Lập');
  expect(await text('appraisal-opinion.docx')).toContain('Đỗ Minh Thẩm');
});

test("every issued document names its signer, the head by default, in its PDF; a deputy's block not him", async () => {
  const [dossier] = await app.db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(DINH_CONG).id), eq(dossiers.status, 'approved')));
  const approver = dossier!.review.decision!.byName;
  const so = demo.org(SO_TTTT).id;
  const admin = await app.as('admin');
  const director = 'Đặng Quốc Việt';
  const soSigns = { headTitle: 'Giám đốc', signingMark: '', markedAuthority: '', signerTitle: 'Giám đốc' };
  const setSo = async (body: object) => {
    const { version } = (await admin.get(settingsPath(so))).json;
    const saved = await admin.request('PUT', settingsPath(so), { body: { version, ...body } });
    expect(saved.status, saved.text).toBe(200);
  };
  // The director is named, no form has a name of its own.
  await setSo({ ...soSigns, headName: director, signerNames: {} });

  // The district's staff read the commune's documents.
  const client = await app.as('yendinh.tonghop');
  const pdfOf = async (form: string) => {
    const file = await downloadBytes(client, `/api/dossiers/${dossier!.id}/documents/${form}.pdf`);
    expect(file.status, form).toBe(200);
    return (await pdfText(file.body)).replace(/\s+/g, ' ');
  };
  const listed = await client.get(`/api/dossiers/${dossier!.id}/documents`);
  const statusOf = (form: string) =>
    listed.json.items.find((item: { form: string }) => item.form === form)?.status as string;
  for (const form of ['submission-appraisal', 'explanation', 'appraisal-opinion', 'approval-decision'])
    expect(statusOf(form), form).toBe('issued');

  // The commune's letter and its explanation: its chair, as the demo names him.
  expect(await pdfOf('submission-appraisal')).toContain('Lê Văn Thịnh');
  expect(await pdfOf('explanation')).toContain('Lê Văn Thịnh');
  // The Sở's opinion: its director; its decision: the leader who approved.
  expect(await pdfOf('appraisal-opinion')).toContain(director);
  const decision = await pdfOf('approval-decision');
  expect(decision).toContain(approver);
  expect(decision).not.toContain(director);

  // "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": the deputy signs, so the director's name is not printed under the block, on
  // an opinion first rendered after the change. The opinion issued above stays the paper it was, the director's
  // (docs/decisions.md#an-issued-document-is-rendered-once-and-kept).
  await setSo({ headTitle: 'Giám đốc', signingMark: 'KT', markedAuthority: 'Giám đốc', signerTitle: 'Phó Giám đốc' });
  const approved = await app.db.select().from(dossiers).where(eq(dossiers.status, 'approved'));
  const other = approved.find(
    (row) => row.review.appraisal?.document && row.id !== dossier!.id && row.id !== approvedId,
  );
  const otherOpinion = await downloadBytes(client, `/api/dossiers/${other!.id}/documents/appraisal-opinion.pdf`);
  expect(otherOpinion.status).toBe(200);
  const deputy = (await pdfText(otherOpinion.body)).replace(/\s+/g, ' ');
  expect(deputy).toContain('PHÓ GIÁM ĐỐC');
  expect(deputy).not.toContain(director);
  const kept = await pdfOf('appraisal-opinion');
  expect(kept).toContain(director);
  expect(kept).not.toContain('PHÓ GIÁM ĐỐC');
});
