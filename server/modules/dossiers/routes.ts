import { Router } from 'express';
import * as contracts from '#shared/dossiers/dossiers.contract.js';
import type { Background } from '../../background.js';
import type { Db } from '../../db/open-db.js';
import { FileResponse } from '../../http/file-response.js';
import { notFound } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { rawUploadBody } from '../../http/raw-upload-body.js';
import type { Actor } from '../../policies/actor.js';
import { loadWorkingCalendar, todayInVietnam } from '../calendar/load-calendar.js';
import { kickNotificationDispatch } from '../notifications/dispatch-workflow-events.js';
import { loadRegimes, type Regimes } from '../regimes/load-regimes.js';
import { findAttachment, listAttachments, listDossierEvents, listSnapshots } from './history-queries.js';
import { createDossier } from './create-dossier.js';
import { deleteAttachment } from './delete-attachment.js';
import { listInbox } from './inbox.js';
import { presentDossier, presentDossierSummary } from './presenter.js';
import {
  findVisibleDossier,
  findVisibleDossierRow,
  listVisibleDossiers,
  loadDossierRecords,
  recordAfterSave,
} from './queries.js';
import { transitionDossier } from './transition-dossier.js';
import { updateDossier } from './update-dossier.js';
import { uploadAttachment } from './upload-attachment.js';

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function dossierRoutes(db: Db, background: Pick<Background, 'jobs'>): Router {
  const router = Router();
  const iso = (date: Date) => date.toISOString();
  const reload = async (actor: Actor, id: string, regimes: Regimes) =>
    presentDossier((await findVisibleDossier(db, actor, id, regimes))!, actor, todayInVietnam());
  const visibleRow = async (actor: Actor, id: string) => {
    const row = await findVisibleDossierRow(db, actor, id);
    if (!row) throw notFound();
    return row;
  };

  mountAuthed(router, contracts.listDossiers, async ({ actor, query }) => {
    const { referenceVersion } = actor;
    const [page, regimes] = await Promise.all([
      listVisibleDossiers(db, actor, query),
      loadRegimes(db, referenceVersion),
    ]);
    const today = todayInVietnam();
    const records = await loadDossierRecords(db, page.items, regimes, {
      readBeside: page.readBeside,
      referenceVersion,
    });
    return {
      items: records.map((record) => presentDossierSummary(record, actor, today)),
      total: page.total,
      totalIsExact: page.totalIsExact,
      nextCursor: page.nextCursor,
    };
  });

  mountAuthed(router, contracts.getDossier, async ({ actor, params }) => {
    const record = await findVisibleDossier(db, actor, params.id, await loadRegimes(db, actor.referenceVersion));
    if (!record) throw notFound();
    return presentDossier(record, actor, todayInVietnam());
  });

  mountAuthed(router, contracts.createDossier, async ({ actor, body }) => {
    const regimes = await loadRegimes(db, actor.referenceVersion);
    return reload(actor, await createDossier(db, actor, body, regimes), regimes);
  });

  mountAuthed(router, contracts.updateDossier, async ({ actor, params, body }) => {
    const regimes = await loadRegimes(db, actor.referenceVersion);
    const current = await findVisibleDossier(db, actor, params.id, regimes);
    if (!current) throw notFound();
    const saved = await updateDossier(db, actor, current, body, regimes);
    // An autosave answers from what it just wrote; a change of systems or regime reads the dossier again.
    if (!saved) return reload(actor, current.dossier.id, regimes);
    return presentDossier(recordAfterSave(current, saved, actor.userId, regimes), actor, todayInVietnam());
  });

  mountAuthed(router, contracts.transitionDossier, async ({ actor, params, body }) => {
    const regimes = await loadRegimes(db, actor.referenceVersion);
    // Its history of returns stays in the database: the step appends to it there (transition-dossier.ts).
    const current = await findVisibleDossier(db, actor, params.id, regimes, { withoutReturns: true });
    if (!current) throw notFound();
    await transitionDossier(db, actor, current, body, regimes);
    // Committed: whoever must hear of it is told by the dispatcher, now rather than at its next minute.
    await kickNotificationDispatch(background.jobs);
    return reload(actor, current.dossier.id, regimes);
  });

  mountAuthed(router, contracts.listSnapshots, async ({ actor, params }) => {
    const row = await visibleRow(actor, params.id);
    const snapshots = await listSnapshots(db, row.dossier.id);
    return {
      items: snapshots.map(({ snapshot, createdBy }) => ({
        id: snapshot.id,
        kind: snapshot.kind as 'submission' | 'approval',
        sha256: snapshot.sha256,
        createdAt: iso(snapshot.createdAt),
        createdBy,
        content: snapshot.content as Record<string, unknown>,
      })),
    };
  });

  mountAuthed(router, contracts.listDossierEvents, async ({ actor, params }) => {
    const row = await visibleRow(actor, params.id);
    return { items: await listDossierEvents(db, row.dossier.id) };
  });

  mountAuthed(router, contracts.listAttachments, async ({ actor, params }) => {
    const row = await visibleRow(actor, params.id);
    return {
      items: (await listAttachments(db, row.dossier.id)).map((item) => ({ ...item, createdAt: iso(item.createdAt) })),
    };
  });

  router.use(contracts.uploadAttachment.path, rawUploadBody(MAX_ATTACHMENT_BYTES));
  mountAuthed(router, contracts.uploadAttachment, async ({ actor, params, query, req }) => {
    const row = await visibleRow(actor, params.id);
    const saved = await uploadAttachment(
      db,
      actor,
      row,
      query.fileName,
      Buffer.isBuffer(req.body) ? req.body : undefined,
    );
    return { ...saved, createdAt: iso(saved.createdAt) };
  });

  mountAuthed(router, contracts.downloadAttachment, async ({ actor, params }) => {
    const row = await visibleRow(actor, params.id);
    const attachment = await findAttachment(db, row.dossier.id, params.attachmentId);
    if (!attachment) throw notFound();
    return new FileResponse({ bytes: attachment.data, fileName: attachment.fileName, mediaType: attachment.mediaType });
  });

  mountAuthed(router, contracts.deleteAttachment, async ({ actor, params }) => {
    await deleteAttachment(db, actor, await visibleRow(actor, params.id), params.attachmentId);
    return { ok: true as const };
  });

  mountAuthed(router, contracts.inbox, async ({ actor, query }) => {
    const [regimes, calendar] = await Promise.all([
      loadRegimes(db, actor.referenceVersion),
      loadWorkingCalendar(db, actor.referenceVersion),
    ]);
    const today = todayInVietnam();
    const page = await listInbox(db, actor, regimes, calendar, today, query);
    return {
      items: page.items.map(({ record, daysLeft }) => ({ ...presentDossierSummary(record, actor, today), daysLeft })),
      total: page.total,
    };
  });

  return router;
}
