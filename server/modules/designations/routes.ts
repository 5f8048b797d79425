import { Router } from 'express';
import * as contracts from '#shared/designations/designations.contract.js';
import type { Db } from '../../db/open-db.js';
import { notFound } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import type { Actor } from '../../policies/actor.js';
import { designationCoverage } from './coverage.js';
import { deleteDesignation } from './delete-designation.js';
import { presentDesignation } from './presenter.js';
import { findVisibleDesignation, listVisibleDesignations } from './queries.js';
import { createDesignation, updateDesignation } from './save-designation.js';

export function designationRoutes(db: Db): Router {
  const router = Router();
  const findOr404 = async (actor: Actor, id: string) => {
    const row = await findVisibleDesignation(db, actor, id);
    if (!row) throw notFound();
    return row;
  };

  mountAuthed(router, contracts.listDesignations, async ({ actor, query }) => {
    const page = await listVisibleDesignations(db, actor, query);
    return { items: page.items.map((row) => presentDesignation(row, actor)), total: page.total };
  });

  mountAuthed(router, contracts.designationCoverage, ({ actor, query }) => designationCoverage(db, actor, query));

  mountAuthed(router, contracts.createDesignation, async ({ actor, body }) => {
    const id = await createDesignation(db, actor, body);
    return presentDesignation(await findOr404(actor, id), actor);
  });

  mountAuthed(router, contracts.updateDesignation, async ({ actor, params, body }) => {
    await updateDesignation(db, actor, await findOr404(actor, params.id), body);
    return presentDesignation(await findOr404(actor, params.id), actor);
  });

  mountAuthed(router, contracts.deleteDesignation, async ({ actor, params, query }) => {
    await deleteDesignation(db, actor, await findOr404(actor, params.id), query.version);
    return { ok: true as const };
  });

  return router;
}
