import { inArray } from 'drizzle-orm';
import type { Db } from '#server/db/open-db.js';
import { dossierPreparers } from '#server/db/schema/index.js';

/** What dossier_preparers holds for these dossiers, by dossier: what the tests compare with the audit trail. */
export async function preparersInTable(db: Db, dossierIds: string[]): Promise<Map<string, string[]>> {
  const preparers = new Map<string, string[]>();
  if (dossierIds.length === 0) return preparers;
  const rows = await db
    .select({ dossierId: dossierPreparers.dossierId, userId: dossierPreparers.userId })
    .from(dossierPreparers)
    .where(inArray(dossierPreparers.dossierId, dossierIds));
  for (const { dossierId, userId } of rows) preparers.set(dossierId, [...(preparers.get(dossierId) ?? []), userId]);
  return preparers;
}
