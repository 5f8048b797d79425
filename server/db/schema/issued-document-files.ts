import { date, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './column-types.js';
import { dossiers } from './dossiers.js';

/**
 * An issued document as it was first rendered, kept so that every later download is the very same file (its
 * bytes and their SHA-256, the download's ETag) whatever changes later in settings, signers or the renderer
 * (docs/decisions.md#an-issued-document-is-rendered-once-and-kept). One row per dossier, form and format for
 * each issue: the number and date it carries, and for the unit's own letters the review round it was sent in
 * (a resubmission under the same letter after a return sends new content). Drafts are never stored.
 */
export const issuedDocumentFiles = pgTable(
  'issued_document_files',
  {
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    form: text('form').notNull(),
    /** pdf or docx. */
    format: text('format').notNull(),
    /** The number as written after "Số:" (05/QĐ-STTTT). */
    symbol: text('symbol').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** How many times the dossier had been returned when the file was kept: 0 for the reviewers' documents. */
    round: smallint('round').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({
      name: 'issued_document_files_pk',
      columns: [table.dossierId, table.form, table.format, table.symbol, table.issuedOn, table.round],
    }),
  ],
);
