import { expect, test } from 'vitest';
import { exportPacing } from '#server/modules/documents/run-document-export.js';
import { DISTRICT, SO_TTTT, type Demo } from '../../support/demo.js';
import { docxParts, docxText, downloadBytes, zipEntries } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

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
  const defaults = await admin.get(`/api/organisations/${so}/document-settings`);
  expect(defaults.json).toMatchObject({ signingMark: '', signerTitle: 'Giám đốc', version: 0 });
  const commune = await admin.get(`/api/organisations/${demo.org(DISTRICT).id}/document-settings`);
  expect(commune.json).toMatchObject({
    signingMark: 'TM',
    markedAuthority: 'Ủy ban nhân dân',
    headTitle: 'Chủ tịch',
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
    body: { version: 0, ...deputySigns },
  });
  expect(refused.status).toBe(403);
  const missing = await admin.request('PUT', `/api/organisations/${so}/document-settings`, {
    body: { version: 0, ...deputySigns, markedAuthority: '' },
  });
  expect(missing.status).toBe(400);
  expect(missing.json.error.issues[0].path).toBe('markedAuthority');
  const saved = await admin.request('PUT', `/api/organisations/${so}/document-settings`, {
    body: { version: 0, ...deputySigns },
  });
  expect(saved.status, saved.text).toBe(200);
  expect(saved.json.version).toBe(1);
  const stale = await admin.request('PUT', `/api/organisations/${so}/document-settings`, {
    body: {
      version: 0,
      headTitle: 'Giám đốc',
      signingMark: 'TL',
      markedAuthority: 'Giám đốc',
      signerTitle: 'Chánh Văn phòng',
    },
  });
  expect(stale.status).toBe(409);

  const listed = await (await app.as('dinhbinh.cntt')).get('/api/dossiers', { query: { status: 'approved' } });
  const file = await downloadBytes(
    await app.as('dinhbinh.cntt'),
    `/api/dossiers/${listed.json.items[0].id}/documents/approval-decision.docx`,
  );
  const text = docxText((await docxParts(file.body))['word/document.xml']!);
  expect(text).toContain('KT. GIÁM ĐỐC');
  expect(text).toContain('PHÓ GIÁM ĐỐC');
});
