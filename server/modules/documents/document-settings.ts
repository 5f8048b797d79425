import { and, eq, sql } from 'drizzle-orm';
import type { DocumentSettings, SignerNames } from '#shared/documents/documents.schemas.js';
import type { SigningMark } from '#shared/documents/form-data.schemas.js';
import type { Db } from '../../db/open-db.js';
import { documentSettings } from '../../db/schema/index.js';
import { forbidden, HttpError, notFound } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { can } from '../../policies/organisation-scope.js';
import { appendAuditEvent } from '../audit/append-audit-event.js';
import { actorOf, changes } from '../audit/changes.js';
import { findVisibleOrganisation } from '../organisations/queries.js';
import { defaultSettings, knownSignerNames } from './parties.js';

interface SettingsInput {
  version: number;
  headTitle: string;
  signingMark: SigningMark;
  markedAuthority: string;
  signerTitle: string;
  /** Absent: the names stay as they are. */
  signerNames?: SignerNames;
  /** Absent (a client that predates them): each stays as it is. */
  headName?: string;
  draftingUnit?: string;
  functionsBasis?: string;
}

const present = (row: typeof documentSettings.$inferSelect): DocumentSettings => ({
  organisationId: row.organisationId,
  headTitle: row.headTitle,
  headName: row.headName,
  draftingUnit: row.draftingUnit,
  functionsBasis: row.functionsBasis,
  signingMark: row.signingMark as SigningMark,
  markedAuthority: row.markedAuthority,
  signerTitle: row.signerTitle,
  signerNames: knownSignerNames(row.signerNames),
  version: row.version,
});

async function visibleOrganisation(db: Db, actor: Actor, id: string) {
  const organisation = await findVisibleOrganisation(db, actor, id);
  if (!organisation) throw notFound();
  return organisation;
}

/** The organisation's settings, or the defaults of its kind (version 0) until someone sets them. */
export async function readDocumentSettings(db: Db, actor: Actor, id: string): Promise<DocumentSettings> {
  const organisation = await visibleOrganisation(db, actor, id);
  const [row] = await db.select().from(documentSettings).where(eq(documentSettings.organisationId, id));
  return row ? present(row) : defaultSettings(organisation.id, organisation.kind);
}

/**
 * Sets how the organisation signs, for those who may edit it; version 0 creates the row (the
 * defaults were showing), any other version must be the one the caller saw.
 */
export async function writeDocumentSettings(
  db: Db,
  actor: Actor,
  id: string,
  input: SettingsInput,
): Promise<DocumentSettings> {
  const organisation = await visibleOrganisation(db, actor, id);
  if (!can(actor, 'organisation.update', organisation.path)) throw forbidden();
  // A field left out (undefined) stays as it is: drizzle does not write it, the audit event does not record it.
  const { version, signerNames, ...titles } = input;
  // A form whose name was cleared ('') has none: it is left out rather than kept blank.
  const fields = signerNames === undefined ? titles : { ...titles, signerNames: knownSignerNames(signerNames) };
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(documentSettings).where(eq(documentSettings.organisationId, id));
    const before = current ? present(current) : defaultSettings(id, organisation.kind);
    if (before.version !== version) throw new HttpError('stale_version');
    const [saved] = current
      ? await tx
          .update(documentSettings)
          .set({
            ...fields,
            version: sql`${documentSettings.version} + 1`,
            updatedBy: actor.userId,
            updatedAt: new Date(),
          })
          .where(and(eq(documentSettings.organisationId, id), eq(documentSettings.version, version)))
          .returning()
      : await tx
          .insert(documentSettings)
          .values({ organisationId: id, ...fields, updatedBy: actor.userId })
          .onConflictDoNothing()
          .returning();
    if (!saved) throw new HttpError('stale_version');
    const { organisationId: _id, version: _version, ...beforeFields } = before;
    await appendAuditEvent(tx, {
      ...actorOf(actor),
      entityType: 'organisation',
      entityId: id,
      action: 'documentSettings',
      organisationId: id,
      ...changes(beforeFields, fields),
    });
    return present(saved);
  });
}
