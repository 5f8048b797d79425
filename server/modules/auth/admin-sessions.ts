import { Router } from 'express';
import { eq } from 'drizzle-orm';
import * as contracts from '#shared/auth/admin-sessions.contract.js';
import type { Db } from '../../db/open-db.js';
import { memberships, organisations, sessions } from '../../db/schema/index.js';
import { forbidden, notFound } from '../../http/http-error.js';
import { mountAuthed } from '../../http/mount-route.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';

/** The person's roles, with where each is held. */
const rolesOf = (db: Db, userId: string) =>
  db
    .select({ organisationId: memberships.organisationId, role: memberships.role, path: organisations.path })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId));

/**
 * Which of the person's roles the actor administers. None: the person does not exist for the actor
 * (404, as for an id nobody has). Someone else's administrator, holding `admin` somewhere the actor does
 * not administer, is left to whoever administers them (403): an administrator of a commune cannot keep
 * logging out the province's administrator by giving them a role in the commune.
 */
async function administeredRoles(db: Db, actor: Actor, userId: string) {
  const roles = await rolesOf(db, userId);
  const reachable = roles.filter((m) => can(actor, 'user.administer', m.path));
  if (reachable.length === 0) throw notFound();
  if (roles.some((m) => m.role === 'admin' && !can(actor, 'user.administer', m.path))) throw forbidden();
  return reachable;
}

export function adminSessionRoutes(db: Db): Router {
  const router = Router();

  mountAuthed(router, contracts.endSessionsOfUser, async ({ actor, params }) => {
    const [first] = await administeredRoles(db, actor, params.id);
    return db.transaction(async (tx) => {
      const ended = (await tx.delete(sessions).where(eq(sessions.userId, params.id)).returning({ id: sessions.id }))
        .length;
      await appendAuditEvent(tx, {
        ...actorOf(actor),
        entityType: 'session',
        entityId: params.id,
        action: 'endAllOfUser',
        organisationId: first!.organisationId,
        after: { ended },
      });
      return { ended };
    });
  });

  return router;
}
