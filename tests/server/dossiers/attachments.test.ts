import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditEvents, dossierAttachments } from '#server/db/schema/index.js';
import { sanitiseFileName } from '#server/modules/dossiers/sanitise-file-name.js';
import { makeAttachment, makeDossier, tinyPdf } from '../../factories/dossiers.js';
import { docxBytes, exeBytes, jpegBytes, plainZipBytes, pngBytes, xlsxBytes } from '../../factories/files.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { downloadFile, snapshotDossierTables, uploadFile } from '../../support/dossiers.js';
import type { TestApp } from '../../support/test-app.js';
import { useDemoApp } from '../../support/demo-app.js';

let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const draft = (status: 'drafting' | 'returned' | 'submitted' = 'drafting') =>
  makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status,
  });
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('accepted files, by content', () => {
  test.each([
    ['to-trinh.pdf', tinyPdf, 'application/pdf', 'to-trinh.pdf'],
    ['so-do-mang.png', pngBytes, 'image/png', 'so-do-mang.png'],
    ['anh-phong-may.jpeg', jpegBytes, 'image/jpeg', 'anh-phong-may.jpg'],
    [
      'Thuyết minh.docx',
      docxBytes,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Thuyết minh.docx',
    ],
    [
      'Danh mục thiết bị.xlsx',
      xlsxBytes,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Danh mục thiết bị.xlsx',
    ],
    // The extension follows the content: a PDF named .docx is stored as .pdf.
    ['Tờ trình.docx', tinyPdf, 'application/pdf', 'Tờ trình.pdf'],
  ])(
    '%s: 201, stored with its hash, listed, downloadable as it was',
    async (fileName, bytes, mediaType, storedName) => {
      const dossier = await draft();
      const client = await app.as('dinhbinh.cntt');
      const data = bytes();
      const res = await uploadFile(client, dossier.id, fileName, data);
      expect(res.status, res.text).toBe(201);
      expect(res.json).toMatchObject({ fileName: storedName, mediaType, size: data.length, sha256: sha256(data) });
      const list = await client.get(`/api/dossiers/${dossier.id}/attachments`);
      expect(list.json.items).toEqual([res.json]);
      const download = await downloadFile(client, dossier.id, res.json.id);
      expect(download.status).toBe(200);
      expect(download.body.equals(data)).toBe(true);
      expect(download.headers.get('content-type')).toBe(mediaType);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent(storedName)}`,
      );
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="[\x20-\x7e]+"; /);
      const [event] = await app.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, dossier.id), eq(auditEvents.action, 'attach')));
      expect(event).toMatchObject({
        organisationId: demo.org(DINH_BINH).id,
        after: { attachmentId: res.json.id, sha256: sha256(data) },
      });
    },
  );

  test('the reviewers can read the files of a dossier in their scope', async () => {
    const dossier = await draft();
    const file = await makeAttachment(app.db, dossier.id);
    expect((await downloadFile(await app.as('sotttt.thamdinh'), dossier.id, file.id)).status).toBe(200);
  });
});

describe('refused files', () => {
  test.each([
    ['a program renamed .pdf', 'setup.pdf', exeBytes],
    ['text named .pdf', 'ghi-chu.pdf', () => Buffer.from('Đây là văn bản thuần, không phải PDF')],
    ['a zip that is neither DOCX nor XLSX', 'anh.docx', plainZipBytes],
    ['HTML named .png', 'anh.png', () => Buffer.from('<html><script>alert(1)</script></html>')],
  ])('%s: 400 naming fileName in Vietnamese; nothing stored', async (_, fileName, bytes) => {
    const dossier = await draft();
    const before = await snapshotDossierTables(app.db);
    const res = await uploadFile(await app.as('dinhbinh.cntt'), dossier.id, fileName, bytes());
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([
      {
        path: 'fileName',
        message:
          `Tệp "${fileName}" không phải PDF, DOCX, XLSX, PNG hoặc JPEG (kiểm tra theo nội dung tệp, không ` +
          'theo tên).',
      },
    ]);
    expect(await snapshotDossierTables(app.db)).toEqual(before);
  });

  test('an empty body: 400 naming body', async () => {
    const res = await uploadFile(await app.as('dinhbinh.cntt'), (await draft()).id, 'rong.pdf', Buffer.alloc(0));
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['body']);
  });

  test('more than 10 MB: 413 and nothing stored', async () => {
    const dossier = await draft();
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const res = await uploadFile(await app.as('dinhbinh.cntt'), dossier.id, 'qua-lon.pdf', big);
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('payload_too_large');
    expect(
      await app.db
        .select({ id: dossierAttachments.id })
        .from(dossierAttachments)
        .where(eq(dossierAttachments.dossierId, dossier.id)),
    ).toEqual([]);
  });

  test('only while drafting or returned (409); only the operator side (403); outside scope 404', async () => {
    const client = await app.as('dinhbinh.cntt');
    expect((await uploadFile(client, (await draft('returned')).id, 'bo-sung.pdf', tinyPdf())).status).toBe(201);
    const submitted = await draft('submitted');
    const before = await snapshotDossierTables(app.db);
    expect((await uploadFile(client, submitted.id, 'muon.pdf', tinyPdf())).status).toBe(409);
    const dossier = await draft();
    const after = await snapshotDossierTables(app.db);
    expect((await uploadFile(await app.as('sotttt.thamdinh'), dossier.id, 'x.pdf', tinyPdf())).status).toBe(403);
    expect((await uploadFile(await app.as('yendinh.tonghop'), dossier.id, 'x.pdf', tinyPdf())).status).toBe(403);
    expect((await uploadFile(await app.as('ttdvnn.cntt'), dossier.id, 'x.pdf', tinyPdf())).status).toBe(404);
    expect(before.dossierAttachments).toEqual(after.dossierAttachments);
    expect(await snapshotDossierTables(app.db)).toEqual(after);
  });

  test('without the CSRF token: 403 before the body is read', async () => {
    const client = await app.as('dinhbinh.cntt');
    const copy = Object.assign(Object.create(Object.getPrototypeOf(client)), client, { csrfToken: 'wrong' });
    const res = await uploadFile(copy, (await draft()).id, 'x.pdf', tinyPdf());
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('csrf_failed');
  });

  test('an attachment is only reachable under its own dossier', async () => {
    const a = await draft();
    const b = await draft();
    const file = await makeAttachment(app.db, a.id);
    const client = await app.as('dinhbinh.cntt');
    expect((await downloadFile(client, b.id, file.id)).status).toBe(404);
    expect((await downloadFile(await app.as('ttdvnn.cntt'), a.id, file.id)).status).toBe(404);
  });
});

describe('file names', () => {
  test('directories, markup and control characters are stripped; the name is NFC, at most 200 characters', async () => {
    const dossier = await draft();
    const client = await app.as('dinhbinh.cntt');
    const res = await uploadFile(client, dossier.id, '../../etc/passwd<script>.pdf', tinyPdf());
    expect(res.status).toBe(201);
    expect(res.json.fileName).toBe('passwdscript.pdf');
    const nfd = 'Tờ trình đề nghị thẩm định.pdf'.normalize('NFD');
    expect((await uploadFile(client, dossier.id, nfd, tinyPdf())).json.fileName).toBe('Tờ trình đề nghị thẩm định.pdf');
  });

  test.each([
    ['..\\..\\Windows\\system32\\a:b*c?.pdf', 'pdf', 'abc.pdf'],
    ['  báo   cáo\t\u0000\u001f.pdf  ', 'pdf', 'báo cáo.pdf'],
    ['.htaccess', 'pdf', 'htaccess.pdf'],
    ['anh\u202Egnp.exe', 'png', 'anhgnp.png'],
    ['...', 'pdf', 'tep-dinh-kem.pdf'],
    ['"quoted"|pipe.docx', 'docx', 'quotedpipe.docx'],
    [`${'Đ'.repeat(300)}.pdf`, 'pdf', `${'Đ'.repeat(196)}.pdf`],
  ])('%j -> %s file stored as %j', (raw, extension, expected) => {
    const name = sanitiseFileName(raw, extension);
    expect(name).toBe(expected);
    expect(Array.from(name).length).toBeLessThanOrEqual(200);
  });
});
