import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { auditEvents } from '#server/db/schema/index.js';

/** The document (signing) settings of an organisation, as the API serves them. */
export const settingsPath = (id: string) => `/api/organisations/${id}/document-settings`;

/** The newest audit event of a change to the organisation's document settings. */
export async function lastSettingsEvent(db: Db, organisationId: string) {
  const [event] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, organisationId), eq(auditEvents.action, 'documentSettings')))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return event;
}
