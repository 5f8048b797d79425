import { and, eq, lt } from 'drizzle-orm';
import type { Locale } from '#shared/i18n/translate.js';
import type { OnboardingPreview } from '#shared/onboarding/onboarding.schemas.js';
import type { Db } from '../../db/open-db.js';
import { onboardingImports } from '../../db/schema/index.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { HttpError, notFound } from '../../http/http-error.js';
import type { Actor } from '../../policies/actor.js';
import { lockTree } from '../organisations/save-organisation.js';
import { lockAccounts } from '../users/admin-coverage.js';
import { applyImport } from './apply-import.js';
import { planImport, previewOf } from './plan-import.js';
import { readWorkbook } from './read-workbook.js';

/** A preview is kept this long for its commit; then the file must be uploaded again. */
const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

type ImportRow = typeof onboardingImports.$inferSelect;

/** Reads and plans an uploaded workbook, and keeps its cells and preview for the commit. Writes nothing else. */
export async function previewUpload(db: Db, actor: Actor, file: Buffer, fileName: string): Promise<ImportRow> {
  const { rows, issues } = await readWorkbook(file);
  const preview = previewOf(await planImport(db, actor, rows, issues));
  await db.delete(onboardingImports).where(lt(onboardingImports.expiresAt, new Date()));
  const [stored] = await db
    .insert(onboardingImports)
    .values({ userId: actor.userId, fileName, rows, preview, expiresAt: new Date(Date.now() + PREVIEW_LIFETIME_MS) })
    .returning();
  return stored!;
}

/** The uploader's own preview, still current; anybody else's (or a forgotten one) does not exist for them. */
export async function findOwnImport(db: Db, actor: Actor, id: string): Promise<ImportRow> {
  const [row] = await db
    .select()
    .from(onboardingImports)
    .where(and(eq(onboardingImports.id, id), eq(onboardingImports.userId, actor.userId)));
  if (!row || (row.status === 'previewed' && row.expiresAt < new Date())) throw notFound();
  return row;
}

/**
 * Applies a preview in one transaction, after planning its cells again under the locks that order changes to the
 * tree and to accounts: what was checked at the upload may have changed since. Any mistake now (409 with each one)
 * and nothing is written; a committed import is not applied twice.
 */
export async function commitImport(db: Db, actor: Actor, stored: ImportRow, locale: Locale): Promise<ImportRow> {
  if (stored.status === 'committed')
    throw new HttpError('conflict', [{ path: 'status', message: 'validation.onboarding.alreadyCommitted' }]);
  try {
    return await commitInTransaction(db, actor, stored, locale);
  } catch (error) {
    // A code or username given to another record by a screen after this plan was made (the screens do not
    // wait on the import's locks): nothing was written; the person uploads the file again to see it.
    if (
      ['organisations_code_unique', 'information_systems_code_unique', 'users_username_unique'].some((index) =>
        isUniqueViolation(error, index),
      )
    )
      throw new HttpError('conflict', [{ path: 'file', message: 'validation.onboarding.changedMeanwhile' }]);
    throw error;
  }
}

function commitInTransaction(db: Db, actor: Actor, stored: ImportRow, locale: Locale): Promise<ImportRow> {
  return db.transaction(async (tx) => {
    await lockTree(tx);
    await lockAccounts(tx);
    const plan = await planImport(tx, actor, stored.rows);
    const preview = previewOf(plan);
    if (preview.issueCount > 0)
      throw new HttpError(
        'conflict',
        preview.issues.map((issue) => ({
          path: `${issue.sheet}!${issue.column}${issue.row}`,
          message: issue.message[locale],
        })),
      );
    await applyImport(tx, actor, plan);
    const [committed] = await tx
      .update(onboardingImports)
      .set({ status: 'committed', committedAt: new Date(), preview })
      .where(and(eq(onboardingImports.id, stored.id), eq(onboardingImports.status, 'previewed')))
      .returning();
    if (!committed)
      throw new HttpError('conflict', [{ path: 'status', message: 'validation.onboarding.alreadyCommitted' }]);
    return committed;
  });
}

export function presentImport(row: ImportRow, locale: Locale): OnboardingPreview {
  const preview = row.preview;
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
    counts: preview.counts,
    issues: preview.issues.map((issue) => ({ ...issue, message: issue.message[locale] })),
    issueCount: preview.issueCount,
    changes: preview.changes,
    changeCount: preview.changeCount,
    abilities: { commit: row.status === 'previewed' && preview.issueCount === 0 },
  };
}
