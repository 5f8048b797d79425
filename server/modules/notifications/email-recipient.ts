import { eq } from 'drizzle-orm';
import type { NotificationDetails } from '#shared/notifications/notifications.schemas.js';
import type { Db } from '../../db/open-db.js';
import { organisations, users } from '../../db/schema/index.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import { loadActor } from '../auth/sessions.js';
import { findVisibleDossierRow } from '../dossiers/queries.js';
import { findVisibleSystem } from '../systems/queries.js';

/** A person an e-mail may go to now. */
export interface EmailRecipient {
  email: string;
  fullName: string;
  actor: Actor;
}

/**
 * The person as they are when the e-mail leaves, not as they were when the notification was made: an account
 * disabled since, or whose address was removed, gets nothing. Undefined for those.
 */
export async function loadEmailRecipient(db: Db, userId: string): Promise<EmailRecipient | undefined> {
  const [user] = await db
    .select({ email: users.email, fullName: users.fullName, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user || user.disabledAt || user.email.trim() === '') return undefined;
  const actor = await loadActor(db, userId);
  return actor ? { email: user.email, fullName: user.fullName, actor } : undefined;
}

/**
 * Whether the person may still see what the notification is about, by the same scope rules as the pages: an
 * e-mail never tells more than its recipient may read in capdo today (a role revoked, a designation ended, a
 * dossier moved to another unit since the notification was made).
 */
export async function canStillSee(
  db: Db,
  actor: Actor,
  about: { dossierId: string | null; organisationId: string | null; details: Pick<NotificationDetails, 'systemId'> },
): Promise<boolean> {
  if (about.dossierId) return (await findVisibleDossierRow(db, actor, about.dossierId)) !== undefined;
  if (about.details.systemId) return (await findVisibleSystem(db, actor, about.details.systemId)) !== undefined;
  if (about.organisationId) {
    const [unit] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, about.organisationId));
    return unit !== undefined && can(actor, 'organisation.read', unit.path);
  }
  return actor.memberships.length > 0;
}
