import type { AccountLinkPurpose } from '#shared/users/users.schemas.js';
import type { Db, Tx } from '../../db/open-db.js';
import type { Actor } from '../../policies/actor.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf } from '../audit/changes.js';
import { issueAccountLink } from '../auth/activation-links.js';
import type { AccountRow } from './queries.js';
import { refused, requireAccountAdministrator, type HeldRole } from './rules.js';

/** Issues a link and records that it was issued (never the link), in the caller's transaction. */
export async function issueLink(
  tx: Tx,
  actor: Actor,
  target: { userId: string; purpose: AccountLinkPurpose; organisationId: string | null },
) {
  const link = await issueAccountLink(tx, { userId: target.userId, purpose: target.purpose, createdBy: actor.userId });
  await appendAuditEvent(tx, {
    ...actorOf(actor),
    entityType: 'user',
    entityId: target.userId,
    action: target.purpose === 'activate' ? 'issueActivationLink' : 'issueResetLink',
    organisationId: target.organisationId,
    after: { expiresAt: link.expiresAt.toISOString() },
  });
  return link;
}

/**
 * A new activation link (for an account not yet activated) or a reset link (for one that is), for an active
 * account the actor administers in full. Never for oneself: a stolen session could otherwise take the account
 * over for good; one's own password is changed with the current one (POST /api/auth/password).
 */
export async function issueLinkFor(
  db: Db,
  actor: Actor,
  account: AccountRow,
  held: readonly HeldRole[],
  purpose: AccountLinkPurpose,
) {
  requireAccountAdministrator(actor, held);
  if (account.id === actor.userId) throw refused('id', 'validation.ownLink');
  if (account.disabledAt) throw refused('id', 'validation.accountInactive');
  if (purpose === 'activate' && account.activatedAt) throw refused('id', 'validation.alreadyActivated');
  if (purpose === 'reset' && !account.activatedAt) throw refused('id', 'validation.notActivated');
  return db.transaction((tx) =>
    issueLink(tx, actor, { userId: account.id, purpose, organisationId: held[0]?.organisationId ?? null }),
  );
}
