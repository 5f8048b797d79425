import { inArray } from 'drizzle-orm';
import type { UserCreate } from '#shared/users/users.schemas.js';
import type { Db } from '../../db/open-db.js';
import { memberships, organisations, users } from '../../db/schema/index.js';
import { fieldError } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { unusablePasswordHash } from '../auth/activation-links.js';
import { lockAccounts } from './admin-coverage.js';
import { issueLink } from './issue-link.js';
import { requireAdministrator, requireGrantable } from './rules.js';

/**
 * Creates an account with its roles and its activation link, in one transaction. The account has no password
 * anyone knows until the person sets one with the link (no administrator ever chooses it).
 */
export async function createUser(db: Db, actor: Actor, input: UserCreate) {
  requireAdministrator(actor);
  const passwordHash = await unusablePasswordHash();
  return db.transaction(async (tx) => {
    await lockAccounts(tx);
    const ids = input.memberships.map((grant) => grant.organisationId);
    const found = await tx
      .select({ id: organisations.id, path: organisations.path })
      .from(organisations)
      .where(inArray(organisations.id, ids));
    const byId = new Map(found.map((org) => [org.id, org]));
    input.memberships.forEach((grant, index) =>
      requireGrantable(actor, byId.get(grant.organisationId), grant.role, `memberships[${index}].organisationId`),
    );
    const { memberships: grants, ...fields } = input;
    const [user] = await tx
      .insert(users)
      .values({ ...fields, passwordHash, activatedAt: null })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!user) throw fieldError('username', 'validation.usernameTaken');
    await tx.insert(memberships).values(grants.map((grant) => ({ userId: user.id, ...grant })));
    const organisationId = grants[0]!.organisationId;
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'user',
      entityId: user.id,
      action: 'create',
      organisationId,
      after: { ...fields, memberships: grants },
    });
    const link = await issueLink(tx, actor, { userId: user.id, purpose: 'activate', organisationId });
    return { userId: user.id, link };
  });
}
