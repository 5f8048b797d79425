import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { InformationType, SystemStatus, SystemType } from '#shared/systems/systems.schemas.js';
import type { RedeterminationReason } from '#shared/systems/redetermination.js';
import { searchVectorOf, tsvector } from '../full-text-search.js';
import { vietnameseOrderKeyOf } from '../vietnamese-order.js';
import { organisations } from './organisations.js';

export const informationSystems = pgTable(
  'information_systems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The system's code in the province's inventory, when it has one: spreadsheets match rows by it. */
    code: text('code'),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    operatorOrganisationId: uuid('operator_organisation_id')
      .notNull()
      .references(() => organisations.id),
    systemType: text('system_type').$type<SystemType>().notNull(),
    informationTypes: text('information_types').array().$type<InformationType[]>().notNull(),
    internalUserCount: integer('internal_user_count').notNull().default(0),
    externalUserCount: integer('external_user_count').notNull().default(0),
    basicDataSubjects: integer('basic_data_subjects').notNull().default(0),
    sensitiveDataSubjects: integer('sensitive_data_subjects').notNull().default(0),
    description: text('description').notNull().default(''),
    address: text('address').notNull().default(''),
    status: text('status').$type<SystemStatus>().notNull().default('operating'),
    /** Filled by approvals: the level in force and the decision that set it. */
    approvedLevel: smallint('approved_level'),
    approvalDecisionNumber: text('approval_decision_number'),
    approvalDecisionDate: date('approval_decision_date', { mode: 'string' }),
    approvalDecisionIssuer: text('approval_decision_issuer'),
    approvalRegime: text('approval_regime').$type<RegimeId>(),
    /** Set when level-relevant facts change after approval: why the level must be determined again. */
    redeterminationReasons: text('redetermination_reasons')
      .array()
      .$type<RedeterminationReason[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    searchText: text('search_text').notNull(),
    /** The name's key in the Vietnamese order (server/db/vietnamese-order.ts): lists sort by it. */
    nameOrder: text('name_order').notNull().generatedAlwaysAs(vietnameseOrderKeyOf('name')),
    /** The list's q matches it (server/db/full-text-search.ts): name, address and code, with and without accents. */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(searchVectorOf('"name"', '"address"', '"code"')),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('information_systems_search_idx').using('gin', table.searchVector),
    index('information_systems_operator_idx').on(table.operatorOrganisationId),
    index('information_systems_owner_idx').on(table.ownerOrganisationId),
    uniqueIndex('information_systems_code_unique')
      .on(table.code)
      .where(sql`${table.code} is not null`),
  ],
);
