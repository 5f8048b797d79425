import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DocumentFormat } from '#shared/documents/documents.schemas.js';
import { isEditableStatus } from '#shared/dossiers/dossier-workflow.js';
import type { FormKey } from '#shared/regimes/regime.schemas.js';
import type { Db } from '../../db/open-db.js';
import { issuedDocumentFiles } from '../../db/schema/index.js';
import type { DossierRecord } from '../dossiers/queries.js';
import { issuedSymbolOf } from './build-form-data.js';

/** The key a kept issued file is found by (issued-document-files.ts). */
export interface IssuedFileKey {
  dossierId: string;
  form: FormKey;
  format: DocumentFormat;
  symbol: string;
  issuedOn: string;
  round: number;
}

/** The reviewers' documents are numbered when the review decides: nothing the unit edits later changes them. */
const reviewerForms = new Set<FormKey>(['appraisal-opinion', 'approval-decision']);

/**
 * Where this form of the dossier is kept once issued; null for a file rendered on demand: a draft, or a letter
 * of the unit while the dossier is back in its hands (returned: its content may change before it is sent again,
 * under the same number or a new one).
 */
export function issuedFileKey(record: DossierRecord, form: FormKey, format: DocumentFormat): IssuedFileKey | null {
  const issued = issuedSymbolOf(record, form);
  if (!issued) return null;
  const reviewers = reviewerForms.has(form);
  if (!reviewers && isEditableStatus(record.dossier.status)) return null;
  const round = reviewers ? 0 : (record.dossier.review.returns?.length ?? 0);
  return { dossierId: record.dossier.id, form, format, symbol: issued.symbol, issuedOn: issued.date, round };
}

export interface KeptFile {
  bytes: Buffer;
  sha256: string;
}

const matching = (key: IssuedFileKey) =>
  and(
    eq(issuedDocumentFiles.dossierId, key.dossierId),
    eq(issuedDocumentFiles.form, key.form),
    eq(issuedDocumentFiles.format, key.format),
    eq(issuedDocumentFiles.symbol, key.symbol),
    eq(issuedDocumentFiles.issuedOn, key.issuedOn),
    eq(issuedDocumentFiles.round, key.round),
  );

/**
 * Kept files' bytes by their SHA-256, the most recently used last, up to a budget: a download asks the database
 * for the hash only and reads the bytes (about 50 KB a PDF, sent as hex) once per process. Found by their
 * hash, the bytes cannot be stale.
 */
const bytesByHash = new Map<string, Buffer>();
const BYTES_BUDGET = 32 * 1024 * 1024;
let bytesHeld = 0;

function remember(file: KeptFile) {
  if (file.bytes.length > BYTES_BUDGET / 4 || bytesByHash.has(file.sha256)) return;
  bytesByHash.set(file.sha256, file.bytes);
  bytesHeld += file.bytes.length;
  for (const [sha256, bytes] of bytesByHash) {
    if (bytesHeld <= BYTES_BUDGET) break;
    bytesByHash.delete(sha256);
    bytesHeld -= bytes.length;
  }
}

function recall(sha256: string): KeptFile | undefined {
  const bytes = bytesByHash.get(sha256);
  if (!bytes) return undefined;
  bytesByHash.delete(sha256); // used now: last in the order of eviction
  bytesByHash.set(sha256, bytes);
  return { bytes, sha256 };
}

async function readKept(db: Db, key: IssuedFileKey): Promise<KeptFile | undefined> {
  const [hash] = await db.select({ sha256: issuedDocumentFiles.sha256 }).from(issuedDocumentFiles).where(matching(key));
  if (!hash) return undefined;
  const inMemory = recall(hash.sha256);
  if (inMemory) return inMemory;
  const [row] = await db
    .select({ bytes: issuedDocumentFiles.bytes, sha256: issuedDocumentFiles.sha256 })
    .from(issuedDocumentFiles)
    .where(matching(key));
  if (row) remember(row);
  return row;
}

/** First renders of the same file in this process, so simultaneous downloads wait for one render. */
const rendering = new Map<string, Promise<KeptFile>>();

/**
 * The issued file as kept, rendering and keeping it the first time. Two processes (or two renders that
 * missed each other) may render it at once: the insert does nothing on the key's conflict and both answer
 * the row that was kept, so every download gets the same bytes.
 */
export async function keptIssuedFile(db: Db, key: IssuedFileKey, render: () => Promise<Buffer>): Promise<KeptFile> {
  const kept = await readKept(db, key);
  if (kept) return kept;
  const id = JSON.stringify(key);
  let first = rendering.get(id);
  if (!first) {
    first = renderAndKeepIssuedFile(db, key, render).finally(() => rendering.delete(id));
    rendering.set(id, first);
  }
  return first;
}

/** Renders and keeps the file, or answers the one another process kept first; exported for the tests of that race. */
export async function renderAndKeepIssuedFile(
  db: Db,
  key: IssuedFileKey,
  render: () => Promise<Buffer>,
): Promise<KeptFile> {
  const bytes = await render();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await db
    .insert(issuedDocumentFiles)
    .values({ ...key, sha256, size: bytes.length, bytes })
    .onConflictDoNothing();
  const kept = await readKept(db, key);
  if (!kept) throw new Error(`The issued file ${key.form}.${key.format} of ${key.dossierId} was not kept`);
  return kept;
}
