import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/open-db.js';
import { memberships, organisations, users } from '../../db/schema/index.js';
import { refused, type HeldRole } from './rules.js';

/**
 * Every change to who holds which role, or to whose account is active, takes this transaction-scoped lock first:
 * two administrators revoking each other at the same moment would otherwise each see the other still in place,
 * and both go. Such changes are rare; waiting for one costs nothing.
 */
const ACCOUNTS_LOCK = 7_434_020;

export async function lockAccounts(tx: Tx) {
  await tx.execute(sql`select pg_advisory_xact_lock(${ACCOUNTS_LOCK})`);
}

/**
 * Called after removing admin roles (a revocation, or a deactivation that silences all of a person's): each
 * organisation where one was held must still have an administrator at it or above it, with an account that is
 * active and activated (someone who can log in), or the change is refused with a 409 naming the organisation and
 * rolled back. Otherwise a subtree, or the whole province, could be left with nobody to administer it.
 */
export async function requireAdminsRemain(tx: Tx, removed: readonly HeldRole[], field: string) {
  for (const role of removed.filter((held) => held.role === 'admin')) {
    const [remaining] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.role, 'admin'),
          isNull(users.disabledAt),
          isNotNull(users.activatedAt),
          sql`${role.path} like (${organisations.path} || '%')`,
        ),
      )
      .limit(1);
    if (!remaining) throw refused(field, 'validation.lastAdmin', { organisation: role.organisationName });
  }
}
