import { Router } from 'express';
import * as contracts from '#shared/organisations/organisations.contract.js';
import type { Db } from '../../db/open-db.js';
import { notFound } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import type { Actor } from '../../policies/actor.js';
import { presentOrganisation } from './presenter.js';
import { findVisibleOrganisation, listVisibleOrganisations, loadTreeContext, type OrganisationRow } from './queries.js';
import { createOrganisation, updateOrganisation } from './save-organisation.js';

export function organisationRoutes(db: Db): Router {
  const router = Router();
  const present = async (actor: Actor, rows: OrganisationRow[]) => {
    const context = await loadTreeContext(db, rows);
    return rows.map((row) => presentOrganisation(row, actor, context));
  };
  const presentOne = async (actor: Actor, row: OrganisationRow) => (await present(actor, [row]))[0]!;

  mountAuthed(router, contracts.listOrganisations, async ({ actor, query }) => {
    const page = await listVisibleOrganisations(db, actor, query);
    return { ...page, items: await present(actor, page.items) };
  });

  mountAuthed(router, contracts.getOrganisation, async ({ actor, params }) => {
    const row = await findVisibleOrganisation(db, actor, params.id);
    if (!row) throw notFound();
    return presentOne(actor, row);
  });

  mountAuthed(router, contracts.createOrganisation, async ({ actor, body }) =>
    presentOne(actor, await createOrganisation(db, actor, body)),
  );

  mountAuthed(router, contracts.updateOrganisation, async ({ actor, params, body }) => {
    const current = await findVisibleOrganisation(db, actor, params.id);
    if (!current) throw notFound();
    return presentOne(actor, await updateOrganisation(db, actor, current, body));
  });

  return router;
}
