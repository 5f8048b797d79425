import { Router } from 'express';
import * as levelContracts from '#shared/level-assessments/level-assessments.contract.js';
import { determineLevel } from '#shared/regimes/determine-level.js';
import * as contracts from '#shared/regimes/regimes.contract.js';
import { regimeIds } from '#shared/regimes/regime.schemas.js';
import type { Db } from '../../db/open-db.js';
import { regimeSettings } from '../../db/schema/index.js';
import { fieldError, forbidden } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { canChangeSettings } from '../../policies/settings.policy.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { loadRegimes } from './load-regimes.js';
import { previewRegime } from './preview-regime.js';
import { todayInVietnam } from '../calendar/load-calendar.js';
import { lockRoutingForChange, refreshNextActors } from '../dossiers/next-actor.js';

export function regimeRoutes(db: Db): Router {
  const router = Router();

  mountAuthed(router, contracts.listRegimes, async () => {
    const regimes = await loadRegimes(db);
    return { items: regimeIds.map((id) => regimes[id]) };
  });

  mountAuthed(router, contracts.updateRegime, async ({ actor, params, body }) => {
    if (!canChangeSettings(actor)) throw forbidden();
    if (body.id !== params.id) throw fieldError('id', 'validation.regimeIdMismatch');
    const before = (await loadRegimes(db))[params.id];
    await db.transaction(async (tx) => {
      await lockRoutingForChange(tx);
      await tx
        .insert(regimeSettings)
        .values({ regimeId: params.id, data: body, updatedBy: actor.userId })
        .onConflictDoUpdate({
          target: regimeSettings.regimeId,
          set: { data: body, updatedBy: actor.userId, updatedAt: new Date() },
        });
      // The routing may name another approver now (docs/inbox.md): the regimes as this transaction sees them.
      await refreshNextActors(tx, await loadRegimes(tx), todayInVietnam(), 'appraised');
      await appendAuditEvent(tx, {
        ...actorOf(actor),
        entityType: 'regime',
        entityId: params.id,
        action: 'update',
        organisationId: null,
        before,
        after: body,
      });
    });
    return body;
  });

  // Reads only: what the PUT of the same body would do to the levels of the systems in scope.
  mountAuthed(router, contracts.previewRegime, async ({ actor, params, body }) => {
    if (!canChangeSettings(actor)) throw forbidden();
    if (body.id !== params.id) throw fieldError('id', 'validation.regimeIdMismatch');
    return previewRegime(db, actor, (await loadRegimes(db))[params.id], body);
  });

  mountAuthed(router, levelContracts.assessLevel, async ({ body }) => {
    const regimes = await loadRegimes(db);
    return { regime: body.regime, ...determineLevel(regimes[body.regime].rules, body.answers) };
  });

  return router;
}
