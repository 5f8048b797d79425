import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { dossiers, informationSystems, issuedDocumentFiles } from '#server/db/schema/index.js';
import { SESSION_COOKIE } from '#server/http/authenticate.js';
import { renderAndKeepIssuedFile, type IssuedFileKey } from '#server/modules/documents/keep-issued-file.js';
import { documentTaskCounts } from '#server/rendering/document-pool.js';
import { makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, DINH_CONG, SO_TTTT, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import type { ApiClient } from '../../support/http-client.js';
import { pdfText } from '../../support/read-documents.js';
import type { TestApp } from '../../support/test-app.js';
import { settingsPath } from './document-settings-support.js';

/** Issued documents are rendered once and kept; drafts are rendered at each download (keep-issued-file.ts). */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const approvedOf = async (commune: string) => {
  const [row] = await app.db
    .select()
    .from(dossiers)
    .where(and(eq(dossiers.operatorOrganisationId, demo.org(commune).id), eq(dossiers.status, 'approved')));
  return row!;
};
let dinhBinh = '';
let dinhCong = '';
beforeAll(async () => {
  dinhBinh = (await approvedOf(DINH_BINH)).id;
  dinhCong = (await approvedOf(DINH_CONG)).id;
});

async function download(client: ApiClient, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(path, client.baseUrl), {
    headers: { cookie: `${SESSION_COOKIE}=${client.cookie}`, ...headers },
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const keptRows = (dossierId: string) =>
  app.db.select().from(issuedDocumentFiles).where(eq(issuedDocumentFiles.dossierId, dossierId));

test('an issued decision is rendered once: later downloads are the kept bytes, ETag its hash, then 304', async () => {
  const client = await app.as('dinhbinh.cntt');
  const path = `/api/dossiers/${dinhBinh}/documents/approval-decision.pdf`;
  const before = documentTaskCounts().pdf;
  const first = await download(client, path);
  expect(first.status).toBe(200);
  expect(documentTaskCounts().pdf).toBe(before + 1);
  expect(first.headers.get('etag')).toBe(`"${sha256(first.body)}"`);
  expect(first.headers.get('cache-control')).toBe('private, no-cache');

  const [row, ...more] = await keptRows(dinhBinh);
  expect(more).toEqual([]);
  expect(row).toMatchObject({ form: 'approval-decision', format: 'pdf', round: 0, size: first.body.length });
  expect(row!.bytes.equals(first.body)).toBe(true);
  expect(row!.sha256).toBe(sha256(row!.bytes));

  const second = await download(client, path);
  expect(second.body.equals(first.body)).toBe(true);
  expect(documentTaskCounts().pdf).toBe(before + 1);
  const revalidated = await download(client, path, { 'if-none-match': first.headers.get('etag')! });
  expect(revalidated.status).toBe(304);
  expect(revalidated.body.length).toBe(0);
  // Another ETag is no match: the file comes whole.
  expect((await download(client, path, { 'if-none-match': '"0"' })).status).toBe(200);
  expect(documentTaskCounts().pdf).toBe(before + 1);
  expect((await keptRows(dinhBinh)).map((kept) => kept.createdAt)).toEqual([row!.createdAt]);
});

test("the Sở's new signing block changes no document it issued before", async () => {
  const client = await app.as('yendinh.tonghop');
  const path = `/api/dossiers/${dinhCong}/documents/appraisal-opinion.pdf`;
  const issued = await download(client, path);
  expect(issued.status).toBe(200);
  const admin = await app.as('admin');
  const so = demo.org(SO_TTTT).id;
  const { version } = (await admin.get(settingsPath(so))).json;
  const saved = await admin.request('PUT', settingsPath(so), {
    body: {
      version,
      headTitle: 'Giám đốc',
      signingMark: 'KT',
      markedAuthority: 'Giám đốc',
      signerTitle: 'Phó Giám đốc',
    },
  });
  expect(saved.status, saved.text).toBe(200);

  const rendered = documentTaskCounts().pdf;
  const after = await download(client, path);
  expect(after.body.equals(issued.body)).toBe(true);
  expect(after.headers.get('etag')).toBe(issued.headers.get('etag'));
  expect(documentTaskCounts().pdf).toBe(rendered);
  expect((await pdfText(after.body)).replace(/\s+/g, ' ')).not.toContain('PHÓ GIÁM ĐỐC');
});

test('a kept file is read from the database once, then found in memory by the hash its row holds', async () => {
  const client = await app.as('admin');
  const path = `/api/dossiers/${dinhCong}/documents/approval-decision.docx`;
  const first = await download(client, path);
  expect(first.status).toBe(200);
  const matching = and(eq(issuedDocumentFiles.dossierId, dinhCong), eq(issuedDocumentFiles.format, 'docx'));
  // The row's bytes changed behind the server's back, its hash not: the bytes come from memory.
  await app.db
    .update(issuedDocumentFiles)
    .set({ bytes: Buffer.from('not read again') })
    .where(matching);
  expect((await download(client, path)).body.equals(first.body)).toBe(true);
  // A row with another hash is another file: read from the database, never the remembered one.
  const other = Buffer.from('another kept file');
  await app.db
    .update(issuedDocumentFiles)
    .set({ bytes: other, sha256: sha256(other) })
    .where(matching);
  const after = await download(client, path);
  expect(after.body.equals(other)).toBe(true);
  expect(after.headers.get('etag')).toBe(`"${sha256(other)}"`);
});

test('simultaneous first downloads get the same file and keep one row', async () => {
  const client = await app.as('dinhbinh.cntt');
  const path = `/api/dossiers/${dinhBinh}/documents/appraisal-opinion.docx`;
  const answers = await Promise.all([1, 2, 3, 4].map(() => download(client, path)));
  expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
  expect(new Set(answers.map((answer) => sha256(answer.body))).size).toBe(1);
  const rows = (await keptRows(dinhBinh)).filter((row) => row.form === 'appraisal-opinion');
  expect(rows).toHaveLength(1);
  expect(rows[0]!.sha256).toBe(sha256(answers[0]!.body));
});

test('two processes rendering the same issued file at once: the insert that loses answers the kept one', async () => {
  // What two server processes do (each with its own renders in flight): both render, one row is kept.
  const key: IssuedFileKey = {
    dossierId: dinhCong,
    form: 'approval-decision',
    format: 'docx',
    symbol: 'thử/QĐ',
    issuedOn: '2023-01-05',
    round: 0,
  };
  const slow = (bytes: string, ms: number) => async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return Buffer.from(bytes);
  };
  const [a, b] = await Promise.all([
    renderAndKeepIssuedFile(app.db, key, slow('first', 10)),
    renderAndKeepIssuedFile(app.db, key, slow('second', 60)),
  ]);
  expect(a.bytes.toString()).toBe('first');
  expect(b.bytes.toString()).toBe('first');
  expect(b.sha256).toBe(sha256(Buffer.from('first')));
  const rows = (await keptRows(dinhCong)).filter((row) => row.symbol === key.symbol);
  expect(rows).toHaveLength(1);
});

test('a draft is rendered at each download and never kept', async () => {
  const commune = demo.org(DINH_BINH).id;
  const [system] = await app.db
    .select()
    .from(informationSystems)
    .where(eq(informationSystems.operatorOrganisationId, commune));
  const drafting = await makeDossier(app.db, { operatorOrganisationId: commune, systems: [{ systemId: system!.id }] });
  const client = await app.as('dinhbinh.cntt');
  const path = `/api/dossiers/${drafting.id}/documents/submission-appraisal.pdf`;
  const before = documentTaskCounts().pdf;
  const first = await download(client, path);
  const second = await download(client, path);
  expect([first.status, second.status]).toEqual([200, 200]);
  expect(documentTaskCounts().pdf).toBe(before + 2);
  expect(first.headers.get('etag')).toBeNull();
  expect(first.headers.get('cache-control')).toBe('private, no-store');
  expect(await keptRows(drafting.id)).toEqual([]);
});
