import { sql } from 'drizzle-orm';
import type { AuditPayloadValue } from '#shared/audit/audit-events.schemas.js';
import type { DossierReview } from '#shared/dossiers/dossier-review.schemas.js';
import type { DossierContent } from '#shared/dossiers/dossiers.schemas.js';
import type { DossierStatus } from '#shared/dossiers/dossier-workflow.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { RedeterminationReason } from '#shared/systems/redetermination.js';
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { searchVectorOf, tsvector } from '../full-text-search.js';
import { organisations } from './organisations.js';
import { informationSystems } from './systems.js';
import { users } from './users.js';
import { bytea } from './column-types.js';

/** A level proposal dossier (hồ sơ đề xuất cấp độ) of one operating unit, covering one or more systems. */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    regime: text('regime').$type<RegimeId>().notNull(),
    operatorOrganisationId: uuid('operator_organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').$type<DossierStatus>().notNull().default('drafting'),
    /** The highest proposed level among its systems; routing and clocks follow it. */
    proposedLevel: smallint('proposed_level'),
    /** The five parts of the dossier (docs/domain.md#dossier-contents), validated by dossierContentSchema. */
    content: jsonb('content').$type<DossierContent>().notNull(),
    preparedBy: uuid('prepared_by').references(() => users.id),
    submittedBy: uuid('submitted_by').references(() => users.id),
    appraisedBy: uuid('appraised_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    /** The current step's clock: when it started and when it is due. */
    stepStartedOn: date('step_started_on', { mode: 'string' }),
    stepDueOn: date('step_due_on', { mode: 'string' }),
    /**
     * Reviewer's records: professional opinion, appraisal conclusions, external appraisal, return reasons.
     * Read through dossierReviewSchema (server/modules/dossiers/queries.ts), never as it stands.
     */
    review: jsonb('review').$type<DossierReview>().notNull().default({}),
    approvalDecisionNumber: text('approval_decision_number'),
    approvalDecisionDate: date('approval_decision_date', { mode: 'string' }),
    basedOnDossierId: uuid('based_on_dossier_id'),
    /** When the officer last confirmed the level questions' answers; a change of answers clears it. */
    levelAnswersConfirmedAt: timestamp('level_answers_confirmed_at', { withTimezone: true }),
    /**
     * What the list's q searches, as written: title, operator's name and short name, systems' names. Kept by
     * refreshDossierSearch (server/modules/dossiers/search-source.ts) whenever one of them changes.
     */
    searchSource: text('search_source').notNull().default(''),
    searchVector: tsvector('search_vector').notNull().generatedAlwaysAs(searchVectorOf('"search_source"')),
    /**
     * Who must act next (docs/inbox.md): the permission the step needs and the organisation whose subtree's people
     * act (the operator, or the approving organisation). Kept by refreshNextActors
     * (server/modules/dossiers/next-actor.ts) in every change that can alter it; the inbox is one query over them.
     */
    nextActorPermission: text('next_actor_permission'),
    nextActorOrganisationId: uuid('next_actor_organisation_id').references(() => organisations.id),
    /**
     * That organisation's path, so that the inbox finds what waits in a scope by one index range instead of visiting
     * every organisation of the scope. Kept by triggers (migration 0026): set from organisations whenever
     * next_actor_organisation_id is written, rewritten when a move changes the organisation's path.
     */
    nextActorPath: text('next_actor_path'),
    /** The first day the stored next actor may no longer hold (a designation starts or ends); '-infinity' until
     * computed. */
    nextActorUntil: date('next_actor_until', { mode: 'string' })
      .notNull()
      .default(sql`'-infinity'`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('dossiers_operator_idx').on(table.operatorOrganisationId),
    index('dossiers_status_idx').on(table.status),
    index('dossiers_search_idx').using('gin', table.searchVector),
    // The list's order (server/modules/dossiers/queries.ts listVisibleDossiers): its pages are keyset ranges of it.
    index('dossiers_list_order_idx').on(table.updatedAt.desc(), table.id),
    // The dossiers waiting on one organisation: what a move of it rewrites (migration 0026, docs/inbox.md).
    index('dossiers_next_actor_idx')
      .on(table.nextActorOrganisationId, table.nextActorPermission, table.stepDueOn)
      .where(sql`${table.nextActorPermission} is not null`),
    // The inbox (server/modules/dossiers/inbox.ts): what waits under a scope, one range per kind of step.
    index('dossiers_next_actor_path_idx')
      .using('btree', table.nextActorPermission, sql`${table.nextActorPath} text_pattern_ops`)
      .where(sql`${table.nextActorPermission} is not null`),
    // The few whose next actor has run out (refreshStale).
    index('dossiers_next_actor_until_idx').on(table.nextActorUntil),
  ],
);

export const dossierSystems = pgTable(
  'dossier_systems',
  {
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    systemId: uuid('system_id')
      .notNull()
      .references(() => informationSystems.id),
    proposedLevel: smallint('proposed_level'),
    /** The answers and the determination (level and every matched rule). */
    assessment: jsonb('assessment'),
  },
  (table) => [
    primaryKey({ columns: [table.dossierId, table.systemId] }),
    index('dossier_systems_system_idx').on(table.systemId),
  ],
);

/**
 * Everyone who prepared each dossier (separation of duties: a preparer neither appraises nor approves it), as the
 * audit trail says (preparersFromAuditTrail in server/modules/dossiers/preparers.ts): kept in the same transaction
 * as the events and the dossier's systems (server/modules/dossiers/preparer-rows.ts), so that reading them does not
 * sort every autosave of the dossier.
 */
export const dossierPreparers = pgTable(
  'dossier_preparers',
  {
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (table) => [primaryKey({ columns: [table.dossierId, table.userId] })],
);

/** Immutable copies of what was submitted or approved, with their SHA-256. */
export const dossierSnapshots = pgTable(
  'dossier_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    kind: text('kind').notNull(),
    content: jsonb('content').notNull(),
    sha256: text('sha256').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('dossier_snapshots_dossier_idx').on(table.dossierId)],
);

export const dossierAttachments = pgTable(
  'dossier_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('dossier_attachments_dossier_idx').on(table.dossierId)],
);

/**
 * Append-only audit trail. Each event's hash covers its content and the previous event's hash,
 * so an edited or deleted event breaks the chain; its keyed MAC stops a rewrite with recomputed
 * hashes (npm run audit:verify).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorIp: text('actor_ip').notNull().default(''),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    /** The organisation whose subtree the event belongs to, for scoping reads. */
    organisationId: uuid('organisation_id'),
    /** The entity's state before and after, shaped per entity and action (shared/audit/audit-events.schemas.ts). */
    before: jsonb('before').$type<AuditPayloadValue>(),
    after: jsonb('after').$type<AuditPayloadValue>(),
    comment: text('comment').notNull().default(''),
    /** A system's update that made its approved level due for re-determination: why (empty otherwise). */
    redeterminationReasons: text('redetermination_reasons')
      .array()
      .$type<RedeterminationReason[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Null while the event waits for the sealer (server/modules/audit/seal-audit-events.ts), like hash and seq. */
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /**
     * HMAC-SHA256 of the hash under a key kept outside the database (server/modules/audit/audit-key.ts): the hash's
     * formula is public, this is not. Null on events written before keys, until the first start seals them, and on
     * events waiting for the sealer.
     */
    mac: text('mac'),
    /** The event's position in the chain (1, 2, 3 ...), given when it is sealed: the chain's order. */
    seq: bigint('seq', { mode: 'number' }),
    /** HMAC of the content and id, written by the appender: the sealer chains only what the key's holder wrote. */
    entryMac: text('entry_mac'),
    /** When it was appended (the transaction's start): how long an event has waited for the sealer. */
    appendedAt: timestamp('appended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('audit_events_entity_idx').on(table.entityType, table.entityId),
    // The audit log viewer (server/modules/audit/list-audit-events.ts): newest first within a unit or a person,
    // and a range of days.
    index('audit_events_organisation_idx').on(table.organisationId, table.id),
    index('audit_events_actor_idx').on(table.actorUserId, table.id),
    index('audit_events_at_idx').on(table.at),
    // The chain in order (verify, the anchors, the notifications' outbox), and the events the sealer has to chain.
    uniqueIndex('audit_events_seq_idx').on(table.seq),
    index('audit_events_unsealed_idx')
      .on(table.id)
      .where(sql`${table.seq} is null and ${table.hash} is null`),
    // Reports as of a past day replay dossier statuses and approvals (server/modules/reports/sql/history-ctes.ts):
    // these partial indexes hold only the status-changing events, not every edit.
    index('audit_events_dossier_status_idx')
      .on(table.entityId, table.at)
      .where(sql`${table.entityType} = 'dossier' and (${table.after} ->> 'status') is not null`),
    index('audit_events_dossier_approval_idx')
      .on(table.entityId, table.at)
      .where(sql`${table.entityType} = 'dossier' and (${table.after} ->> 'status') = 'approved'`),
    // ... and the re-determination flags they count.
    index('audit_events_system_redetermination_idx')
      .on(table.entityId, table.at)
      .where(sql`${table.entityType} = 'system' and cardinality(${table.redeterminationReasons}) > 0`),
  ],
);

/** Public holidays and swapped working weekend days, maintained per year by administrators. */
export const holidays = pgTable('holidays', {
  date: date('date', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<'holiday' | 'workingWeekend'>().notNull().default('holiday'),
});

/** An administrator's corrections to a regime's shipped data (rules, clocks, citations ...). */
export const regimeSettings = pgTable('regime_settings', {
  regimeId: text('regime_id').primaryKey(),
  data: jsonb('data').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The chain's head (one row): detects the deletion of the newest events too. */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  lastId: integer('last_id').notNull(),
  lastHash: text('last_hash').notNull(),
  count: integer('count').notNull(),
});
