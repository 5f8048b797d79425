import { Router } from 'express';
import * as contracts from '#shared/audit/audit-events.contract.js';
import type { Db } from '../../db/open-db.js';
import type { Env } from '../../env.js';
import { forbidden } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import { auditChainState } from './audit-chain-state.js';
import { listAuditEvents, readsWholeTrail } from './list-audit-events.js';

export function auditRoutes(db: Db, env: Env): Router {
  const router = Router();

  // Scope is in the WHERE clause: a person who administers nothing gets an empty list, as GET /api/users answers.
  mountAuthed(router, contracts.listAuditEvents, ({ actor, query }) => listAuditEvents(db, actor, query));

  // The chain is one for the whole deployment, no record of a unit: who may not read the trail is refused (403).
  mountAuthed(router, contracts.getAuditChain, async ({ actor, query }) => {
    const verify = query.verify === 'true';
    const readsTrail = actor.grants.some((grant) => grant.permissions.has('audit.read'));
    if (!readsTrail || (verify && !readsWholeTrail(actor))) throw forbidden();
    return auditChainState(db, env, { verify });
  });

  return router;
}
