import { Router } from 'express';
import * as contracts from '#shared/systems/systems.contract.js';
import type { Db } from '../../db/open-db.js';
import { notFound } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import type { Actor } from '../../policies/actor.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { loadRegimes } from '../regimes/load-regimes.js';
import { presentSystem } from './presenter.js';
import { findVisibleSystem, listVisibleSystems } from './queries.js';
import { createSystem, updateSystem } from './save-system.js';

export function systemRoutes(db: Db): Router {
  const router = Router();
  const context = async () => ({ regimes: await loadRegimes(db), today: todayInVietnam() });
  const reload = async (actor: Actor, id: string) =>
    presentSystem((await findVisibleSystem(db, actor, id))!, actor, await context());

  mountAuthed(router, contracts.listSystems, async ({ actor, query }) => {
    const [page, ctx] = await Promise.all([listVisibleSystems(db, actor, query), context()]);
    return { ...page, items: page.items.map((row) => presentSystem(row, actor, ctx)) };
  });

  mountAuthed(router, contracts.getSystem, async ({ actor, params }) => {
    const row = await findVisibleSystem(db, actor, params.id);
    if (!row) throw notFound();
    return presentSystem(row, actor, await context());
  });

  mountAuthed(router, contracts.createSystem, async ({ actor, body }) =>
    reload(actor, await createSystem(db, actor, body)),
  );

  mountAuthed(router, contracts.updateSystem, async ({ actor, params, body }) => {
    const current = await findVisibleSystem(db, actor, params.id);
    if (!current) throw notFound();
    await updateSystem(db, actor, current, body);
    return reload(actor, current.system.id);
  });

  return router;
}
