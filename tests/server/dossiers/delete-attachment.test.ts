import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditEvents, dossierAttachments, dossiers } from '#server/db/schema/index.js';
import { makeAttachment, makeDossier } from '../../factories/dossiers.js';
import { DINH_BINH, type Demo } from '../../support/demo.js';
import { useDemoApp } from '../../support/demo-app.js';
import { downloadFile, snapshotDossierTables } from '../../support/dossiers.js';
import type { TestApp } from '../../support/test-app.js';

/** DELETE /api/dossiers/:id/attachments/:attachmentId: a file removed while the unit prepares its dossier. */
let app: TestApp;
let demo: Demo;
useDemoApp((opened, loaded) => ((app = opened), (demo = loaded)));

const dossierWith = async (status: 'drafting' | 'returned' | 'submitted', review: Record<string, unknown> = {}) => {
  const dossier = await makeDossier(app.db, {
    operatorOrganisationId: demo.org(DINH_BINH).id,
    systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
    status,
    review,
  });
  return { dossier, file: await makeAttachment(app.db, dossier.id, undefined, 'so-do-mang.pdf') };
};
const remove = async (login: string, dossierId: string, attachmentId: string) =>
  (await app.as(login)).request('DELETE', `/api/dossiers/${dossierId}/attachments/${attachmentId}`);

describe('while the dossier is being prepared', () => {
  test.each(['drafting', 'returned'] as const)(
    '%s: removed, gone from the list and the download, recorded with its name and hash',
    async (status) => {
      const { dossier, file } = await dossierWith(status);
      const kept = await makeAttachment(app.db, dossier.id, undefined, 'to-trinh.pdf');
      const res = await remove('dinhbinh.cntt', dossier.id, file.id);
      expect(res.status, res.text).toBe(200);
      expect(res.json).toEqual({ ok: true });

      const client = await app.as('dinhbinh.cntt');
      const list = await client.get(`/api/dossiers/${dossier.id}/attachments`);
      expect(list.json.items.map((item: { id: string }) => item.id)).toEqual([kept.id]);
      expect((await downloadFile(client, dossier.id, file.id)).status).toBe(404);

      const [event] = await app.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, dossier.id), eq(auditEvents.action, 'detach')));
      expect(event).toMatchObject({
        actorUserId: await demo.userId('dinhbinh.cntt'),
        organisationId: demo.org(DINH_BINH).id,
        before: { attachmentId: file.id, fileName: 'so-do-mang.pdf', sha256: file.sha256, size: file.size },
        after: null,
      });
      // The dossier's history reads it back through its typed schema.
      const events = await client.get(`/api/dossiers/${dossier.id}/events`);
      expect(events.status, events.text).toBe(200);
      expect(events.json.items.map((item: { action: string }) => item.action)).toContain('detach');
    },
  );
});

describe('refused, and nothing changes', () => {
  test('after submission: 409', async () => {
    const { dossier, file } = await dossierWith('submitted');
    const before = await snapshotDossierTables(app.db);
    const res = await remove('dinhbinh.cntt', dossier.id, file.id);
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('conflict');
    expect(await snapshotDossierTables(app.db)).toEqual(before);
  });

  test('the reviewer side (403), another unit (404 as for a random id), a file of another dossier (404)', async () => {
    const { dossier, file } = await dossierWith('drafting');
    const other = await dossierWith('drafting');
    const before = await snapshotDossierTables(app.db);
    expect((await remove('sotttt.thamdinh', dossier.id, file.id)).status).toBe(403);
    const stranger = await remove('ttdvnn.cntt', dossier.id, file.id);
    expect(stranger.status).toBe(404);
    const random = await remove('ttdvnn.cntt', crypto.randomUUID(), crypto.randomUUID());
    expect(stranger.json).toEqual(random.json);
    expect((await remove('dinhbinh.cntt', other.dossier.id, file.id)).status).toBe(404);
    expect(await snapshotDossierTables(app.db)).toEqual(before);
  });

  test('the scan an external appraisal recorded: 409 naming why, the file kept', async () => {
    const dossier = await makeDossier(app.db, {
      operatorOrganisationId: demo.org(DINH_BINH).id,
      systems: [{ systemId: demo.systemOf(DINH_BINH).id }],
      status: 'returned',
    });
    const scan = await makeAttachment(app.db, dossier.id, undefined, 'van-ban-tham-dinh.pdf');
    // The review as recordExternalAppraisal leaves it when a conclusion was unsuitable.
    await app.db
      .update(dossiers)
      .set({
        review: {
          externalAppraisal: {
            by: await demo.userId('sotttt.thamdinh'),
            byName: 'Cán bộ thẩm định',
            at: '2025-03-02T02:00:00.000Z',
            documentNumber: '12/TĐ-BQP',
            documentDate: '2025-03-01',
            conclusions: { level: 'unsuitable', designPlan: 'suitable', operationPlan: 'suitable' },
            attachmentId: scan.id,
            comment: 'Chưa phù hợp cấp độ.',
          },
        },
      })
      .where(eq(dossiers.id, dossier.id));
    const res = await remove('dinhbinh.cntt', dossier.id, scan.id);
    expect(res.status).toBe(409);
    expect(res.json.error.issues).toEqual([{ path: 'attachmentId', message: expect.stringContaining('thẩm định') }]);
    const left = await app.db.select().from(dossierAttachments).where(eq(dossierAttachments.id, scan.id));
    expect(left).toHaveLength(1);
  });
});
