import { and, eq } from 'drizzle-orm';
import type { RoleGrant } from '#shared/users/users.schemas.js';
import type { Db } from '../../db/open-db.js';
import { memberships, organisations } from '../../db/schema/index.js';
import { notFound } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { lockAccounts, requireAdminsRemain } from './admin-coverage.js';
import { loadHeldRoles } from './queries.js';
import { administers, refused, requireGrantable } from './rules.js';

/** Grants a role to a person the actor sees, at an organisation the actor administers (rules.ts). */
export async function grantRole(db: Db, actor: Actor, userId: string, grant: RoleGrant) {
  await db.transaction(async (tx) => {
    await lockAccounts(tx);
    const [organisation] = await tx
      .select({ id: organisations.id, path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, grant.organisationId));
    requireGrantable(actor, organisation, grant.role, 'organisationId');
    const [membership] = await tx
      .insert(memberships)
      .values({ userId, ...grant })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (!membership) throw refused('role', 'validation.membershipExists');
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'user',
      entityId: userId,
      action: 'grantRole',
      organisationId: grant.organisationId,
      after: { membershipId: membership.id, ...grant },
    });
  });
}

/**
 * Revokes one role held where the actor administers (any other membership id: 404). Never the person's only
 * role (they would vanish from every administrator's sight: deactivate them instead), nor the last admin of a
 * subtree (admin-coverage.ts).
 */
export async function revokeRole(db: Db, actor: Actor, userId: string, membershipId: string) {
  await db.transaction(async (tx) => {
    await lockAccounts(tx);
    const held = (await loadHeldRoles(tx, [userId])).get(userId) ?? [];
    const role = held.find((m) => m.membershipId === membershipId);
    if (!role || !administers(actor, role.path)) throw notFound();
    if (held.length === 1) throw refused('membershipId', 'validation.onlyRole');
    await tx.delete(memberships).where(and(eq(memberships.id, membershipId), eq(memberships.userId, userId)));
    await requireAdminsRemain(tx, [role], 'membershipId');
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'user',
      entityId: userId,
      action: 'revokeRole',
      organisationId: role.organisationId,
      before: { membershipId, organisationId: role.organisationId, role: role.role },
    });
  });
}
