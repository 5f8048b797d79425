import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  date,
} from 'drizzle-orm/pg-core';
import { dossiers } from './dossiers.js';
import { organisations } from './organisations.js';
import { users } from './users.js';
import { bytea } from './column-types.js';
import type { SignerNames } from '#shared/documents/documents.schemas.js';

/**
 * The register (sổ đăng ký văn bản) of one issuing organisation, year and type code: the last
 * number taken. Taking a number is one upsert that increments it, so two issuers never get the same.
 */
export const documentRegisters = pgTable(
  'document_registers',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: smallint('year').notNull(),
    /** QĐ, TTr, BC...; '' for letters (công văn). */
    typeCode: text('type_code').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.year, table.typeCode] })],
);

/** Every number taken, with the document it went to; the unique key is the register's promise. */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: smallint('year').notNull(),
    typeCode: text('type_code').notNull(),
    number: integer('number').notNull(),
    /** As written after "Số:": 05/QĐ-STTTT. */
    symbol: text('symbol').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    dossierId: uuid('dossier_id').references(() => dossiers.id),
    form: text('form').notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('issued_documents_number_key').on(table.organisationId, table.year, table.typeCode, table.number),
    index('issued_documents_dossier_idx').on(table.dossierId, table.form),
  ],
);

/**
 * How an organisation signs its documents (Decree 30: TM., KT., Q., TL., TUQ.) and what they say of it: its head,
 * its drafting unit, the act that gives it its functions.
 */
export const documentSettings = pgTable('document_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  headTitle: text('head_title').notNull(),
  signingMark: text('signing_mark').notNull(),
  markedAuthority: text('marked_authority').notNull(),
  signerTitle: text('signer_title').notNull(),
  /** The signer's name by form key, only the forms given one (shared/documents/documents.schemas.ts). */
  signerNames: jsonb('signer_names').$type<SignerNames>().notNull().default({}),
  /** The name of its head, who signs a form that names no one else. */
  headName: text('head_name').notNull().default(''),
  /** The abbreviation of the unit that drafts its documents ("VP", "PCNTT"); '' none. */
  draftingUnit: text('drafting_unit').notNull().default(''),
  /** The act that gives it its functions, cited after "Căn cứ"; '' leaves the blank to fill. */
  functionsBasis: text('functions_basis').notNull().default(''),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A batch export of many dossiers' forms, run by a job of the queue every server process shares (the job
 * bears the export's id); the zip is kept here until it expires.
 */
export const documentExports = pgTable(
  'document_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    /** The request as validated (dossier ids, formats). */
    request: jsonb('request').notNull(),
    status: text('status').notNull().default('queued'),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    /** When the runner last made progress (the sweep leaves an export that moved lately alone). */
    progressAt: timestamp('progress_at', { withTimezone: true }).notNull().defaultNow(),
    /** "<job id>:<attempt>:<host>:<pid>": the attempt that claimed it; only that attempt may write it. */
    runner: text('runner'),
    error: text('error'),
    result: bytea('result'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('document_exports_requester_idx').on(table.requestedBy),
    // The scheduled sweep: exports in flight whose job is gone, finished ones whose zip expired.
    index('document_exports_status_idx').on(table.status, table.finishedAt),
  ],
);
