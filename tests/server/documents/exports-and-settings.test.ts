import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { documentSettings } from '#server/db/schema/index.js';
import { exportPacing } from '#server/modules/documents/run-document-export.js';
import { makeOrganisation } from '../../factories/organisations.js';
import { DISTRICT, SO_TTTT, TTDVNN, type Demo } from '../../support/demo.js';
import { docxParts, docxText, downloadBytes, pdfText, zipEntries } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';
import { lastSettingsEvent, settingsPath } from './document-settings-support.js';

/** Batch exports on the job queue, and how a body signs its documents. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

/**
 * Holds the next batch export once it has rendered `count` documents, until released: the test looks
 * at it half way without depending on how fast it renders.
 */
function holdExportAt(count: number) {
  const step = exportPacing.step;
  let arrive!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  exportPacing.step = async (id, done, attempt) => {
    if (done === count) {
      arrive();
      await released;
    }
    return step(id, done, attempt);
  };
  return {
    arrived,
    release() {
      exportPacing.step = step;
      release();
    },
  };
}

async function waitUntilDone(client: Awaited<ReturnType<TestApp['as']>>, id: string) {
  const seen: number[] = [];
  for (let attempt = 0; attempt < 600; attempt++) {
    const res = await client.get(`/api/document-exports/${id}`);
    expect(res.status, res.text).toBe(200);
    seen.push(res.json.done);
    if (res.json.status !== 'queued' && res.json.status !== 'running') return { last: res.json, seen };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export did not finish');
}

test("the district exports its approved dossiers' forms: progress, then a zip with a folder per dossier", async () => {
  const client = await app.as('yendinh.tonghop');
  // 27 approved dossiers (26 communes and towns and the district) with four forms each.
  const total = 27 * 4;
  const hold = holdExportAt(total / 2);
  let exportId: string;
  try {
    const started = await client.post('/api/document-exports', {
      body: { organisationId: demo.org(DISTRICT).id, status: 'approved', formats: ['docx'] },
    });
    expect(started.status, started.text).toBe(202);
    // Queued with its job: whichever server process polls first takes it.
    expect(started.json).toMatchObject({ status: 'queued', total, done: 0 });
    exportId = started.json.id;
    // Half way, the export answers its progress: still running, half of the documents done.
    await hold.arrived;
    const halfWay = await client.get(`/api/document-exports/${exportId}`);
    expect(halfWay.json).toMatchObject({ status: 'running', total, done: total / 2, finishedAt: null });
    expect((await client.get(`/api/document-exports/${exportId}/download`)).status).toBe(400);
  } finally {
    hold.release();
  }
  const { last, seen } = await waitUntilDone(client, exportId);
  expect(last).toMatchObject({ status: 'done', done: total, error: null });
  expect(seen.every((done, i) => done >= total / 2 && (i === 0 || done >= seen[i - 1]!))).toBe(true);

  const zip = await downloadBytes(client, `/api/document-exports/${exportId}/download`);
  expect(zip.status).toBe(200);
  const names = await zipEntries(zip.body);
  expect(names).toHaveLength(27 * 4);
  expect(new Set(names.map((name) => name.split('/')[0])).size).toBe(27);
  expect(names.every((name) => name.endsWith('.docx'))).toBe(true);

  // Someone else (even with a wider view) cannot see or download it.
  const other = await app.as('sotttt.lanhdao');
  expect((await other.get(`/api/document-exports/${exportId}`)).status).toBe(404);
  expect((await downloadBytes(other, `/api/document-exports/${exportId}/download`)).status).toBe(404);
}, 120_000);

test('an export names dossiers or an organisation; too wide a request is refused before anything runs', async () => {
  const client = await app.as('yendinh.tonghop');
  const empty = await client.post('/api/document-exports', { body: { formats: ['pdf'] } });
  expect(empty.status).toBe(400);
  expect(empty.json.error.issues[0]).toMatchObject({
    path: 'dossierIds',
    message: 'Chọn các hồ sơ cần xuất hoặc một đơn vị.',
  });
  const badFormat = await client.post('/api/document-exports', {
    body: { organisationId: demo.org(DISTRICT).id, formats: ['odt'] },
  });
  expect(badFormat.status).toBe(400);
  expect(badFormat.json.error.issues[0].path).toBe('formats[0]');
});

test('the Sở signs "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" once its administrator says so; no one else may', async () => {
  const so = demo.org(SO_TTTT).id;
  const admin = await app.as('admin');
  // As the demo sets it up: the director signs in person, the IT division drafts.
  const seeded = await admin.get(`/api/organisations/${so}/document-settings`);
  expect(seeded.json).toMatchObject({ signingMark: '', signerTitle: 'Giám đốc', draftingUnit: 'PCNTT', version: 1 });
  // A committee signs on behalf of the collective: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH".
  const district = await admin.get(`/api/organisations/${demo.org(DISTRICT).id}/document-settings`);
  expect(district.json).toMatchObject({
    signingMark: 'TM',
    markedAuthority: 'Ủy ban nhân dân',
    headTitle: 'Chủ tịch',
    draftingUnit: 'VP',
  });
  // A commune nothing was set for signs as its kind does (version 0), with no name, unit or act.
  const fresh = await makeOrganisation(app.db, { parent: demo.org(DISTRICT), kind: 'commune', shortName: 'UBND' });
  expect((await admin.get(`/api/organisations/${fresh.id}/document-settings`)).json).toEqual({
    organisationId: fresh.id,
    headTitle: 'Chủ tịch',
    headName: '',
    draftingUnit: '',
    functionsBasis: '',
    signingMark: 'TM',
    markedAuthority: 'Ủy ban nhân dân',
    signerTitle: 'Chủ tịch',
    signerNames: {},
    version: 0,
  });

  // "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": the deputy signs for the director.
  const deputySigns = {
    headTitle: 'Giám đốc',
    signingMark: 'KT',
    markedAuthority: 'Giám đốc',
    signerTitle: 'Phó Giám đốc',
  };
  const leader = await app.as('sotttt.lanhdao');
  const refused = await leader.request('PUT', `/api/organisations/${so}/document-settings`, {
    body: { version: 1, ...deputySigns },
  });
  expect(refused.status).toBe(403);
  const missing = await admin.request('PUT', `/api/organisations/${so}/document-settings`, {
    body: { version: 1, ...deputySigns, markedAuthority: '' },
  });
  expect(missing.status).toBe(400);
  expect(missing.json.error.issues[0].path).toBe('markedAuthority');
  const saved = await admin.request('PUT', `/api/organisations/${so}/document-settings`, {
    body: { version: 1, ...deputySigns },
  });
  expect(saved.status, saved.text).toBe(200);
  expect(saved.json.version).toBe(2);
  const stale = await admin.request('PUT', `/api/organisations/${so}/document-settings`, {
    body: {
      version: 1,
      headTitle: 'Giám đốc',
      signingMark: 'TL',
      markedAuthority: 'Giám đốc',
      signerTitle: 'Chánh Văn phòng',
    },
  });
  expect(stale.status).toBe(409);

  // A decision first rendered now signs that way. One rendered before the change (the district's export above
  // kept every approved dossier's DOCX) stays the paper it was
  // (docs/decisions.md#an-issued-document-is-rendered-once-and-kept).
  const client = await app.as('dinhbinh.cntt');
  const listed = await client.get('/api/dossiers', { query: { status: 'approved' } });
  const decision = `/api/dossiers/${listed.json.items[0].id}/documents/approval-decision`;
  const pdf = (await pdfText((await downloadBytes(client, `${decision}.pdf`)).body)).replace(/\s+/g, ' ');
  expect(pdf).toContain('KT. GIÁM ĐỐC');
  expect(pdf).toContain('PHÓ GIÁM ĐỐC');
  const kept = docxText(
    (await docxParts((await downloadBytes(client, `${decision}.docx`)).body))['word/document.xml']!,
  );
  expect(kept).not.toContain('KT. GIÁM ĐỐC');
  expect(kept).not.toContain('PHÓ GIÁM ĐỐC');
});

/** How a people's committee signs: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
const committeeSigns = {
  headTitle: 'Chủ tịch',
  signingMark: 'TM',
  markedAuthority: 'Ủy ban nhân dân',
  signerTitle: 'Chủ tịch',
};

test("the head's name, drafting unit and act of its functions: saved as documents write them, audited", async () => {
  const district = demo.org(DISTRICT).id;
  const admin = await app.as('admin');
  const seeded = (await admin.get(settingsPath(district))).json;
  expect(seeded).toMatchObject({ headName: 'Lê Huy Hoàng', draftingUnit: 'VP', functionsBasis: '' });

  const basis = 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015';
  const saved = await admin.request('PUT', settingsPath(district), {
    body: {
      version: seeded.version,
      ...committeeSigns,
      // Decomposed Vietnamese and stray spaces as typed; the unit in lower case; the basis with the ";" of a list.
      headName: ' Trịnh Văn Hu\u0300ng ',
      draftingUnit: ' tckh ',
      functionsBasis: `${basis};`,
    },
  });
  expect(saved.status, saved.text).toBe(200);
  const stored = { headName: 'Trịnh Văn Hùng', draftingUnit: 'TCKH', functionsBasis: basis };
  expect(saved.json).toMatchObject({ ...stored, version: seeded.version + 1 });
  expect((await (await app.as('yendinh.tonghop')).get(settingsPath(district))).json).toMatchObject(stored);
  const [row] = await app.db.select().from(documentSettings).where(eq(documentSettings.organisationId, district));
  expect(row).toMatchObject(stored);
  expect(await lastSettingsEvent(app.db, district)).toMatchObject({
    before: { headName: 'Lê Huy Hoàng', draftingUnit: 'VP', functionsBasis: '' },
    after: stored,
  });

  // A client that leaves them out keeps them, and the event records only what changed.
  const titlesOnly = await admin.request('PUT', settingsPath(district), {
    body: {
      version: seeded.version + 1,
      ...committeeSigns,
      signerTitle: 'Phó Chủ tịch',
      signingMark: 'KT',
      markedAuthority: 'Chủ tịch',
    },
  });
  expect(titlesOnly.json).toMatchObject({ ...stored, signerTitle: 'Phó Chủ tịch' });
  expect((await lastSettingsEvent(app.db, district))?.after).toEqual({
    signingMark: 'KT',
    markedAuthority: 'Chủ tịch',
    signerTitle: 'Phó Chủ tịch',
  });

  // '' clears: no drafting unit, no act (the decision leaves its blank), no name.
  const cleared = await admin.request('PUT', settingsPath(district), {
    body: { version: seeded.version + 2, ...committeeSigns, headName: '', draftingUnit: '', functionsBasis: '' },
  });
  expect(cleared.json).toMatchObject({ headName: '', draftingUnit: '', functionsBasis: '' });
});

test("a bad head's name, drafting unit or act is refused naming its field in Vietnamese; nothing changes", async () => {
  const unit = demo.org(TTDVNN).id;
  const admin = await app.as('admin');
  const before = (await admin.get(settingsPath(unit))).json;
  const base = {
    version: before.version,
    headTitle: 'Giám đốc',
    signingMark: '',
    markedAuthority: '',
    signerTitle: 'Giám đốc',
  };
  const refusal = async (fields: object) => {
    const res = await admin.request('PUT', settingsPath(unit), { body: { ...base, ...fields } });
    expect(res.status, res.text).toBe(400);
    expect(res.json.error.code).toBe('validation_failed');
    return res.json.error.issues;
  };
  expect(await refusal({ headName: 'N'.repeat(101) })).toEqual([
    { path: 'headName', message: 'Không được quá 100 ký tự.' },
  ]);
  expect(await refusal({ headName: 42 })).toEqual([{ path: 'headName', message: 'Giá trị không đúng kiểu dữ liệu.' }]);
  const unitFormat = 'Chỉ gồm chữ cái và chữ số viết liền, không dấu cách hay dấu gạch, ví dụ: VP, PCNTT.';
  // A dash or a space would break the symbol it goes into ("12/TTDVNN-HC").
  expect(await refusal({ draftingUnit: 'TTDVNN-HC' })).toEqual([{ path: 'draftingUnit', message: unitFormat }]);
  expect(await refusal({ draftingUnit: 'P HC' })).toEqual([{ path: 'draftingUnit', message: unitFormat }]);
  expect(await refusal({ draftingUnit: 'H'.repeat(21) })).toEqual([
    { path: 'draftingUnit', message: 'Không được quá 20 ký tự.' },
  ]);
  expect(await refusal({ functionsBasis: 'Căn cứ Quyết định số 01/QĐ-UBND' })).toEqual([
    {
      path: 'functionsBasis',
      message:
        'Không ghi "Căn cứ" ở đầu: văn bản tự thêm. Chỉ ghi tên văn bản, ví dụ: Quyết định số .../QĐ-UBND ngày ... ' +
        'quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ...',
    },
  ]);
  expect(await refusal({ functionsBasis: 'Q'.repeat(1001) })).toEqual([
    { path: 'functionsBasis', message: 'Không được quá 1000 ký tự.' },
  ]);

  expect((await admin.get(settingsPath(unit))).json).toEqual(before);
});
