import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { searchVectorOf, tsvector } from '../full-text-search.js';
import { vietnameseOrderKeyOf } from '../vietnamese-order.js';
import type { OrganisationKind } from '#shared/organisations/organisations.schemas.js';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    kind: text('kind').$type<OrganisationKind>().notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    place: text('place').notNull(),
    /**
     * The unit's identifying code (mã định danh), when known: spreadsheets name a unit and its parent by it,
     * so that importing the same file again updates the unit instead of adding a second one.
     */
    code: text('code'),
    /**
     * Materialised path "rootId/childId/.../ownId/": a subtree is one indexed prefix scan
     * (path LIKE 'x/%'), which keeps scope checks and country-wide roll-ups cheap.
     */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    /** name and short name without accents, lower case, for search typed on any keyboard */
    searchText: text('search_text').notNull(),
    /** The name's key in the Vietnamese order (server/db/vietnamese-order.ts): lists sort by it. */
    nameOrder: text('name_order').notNull().generatedAlwaysAs(vietnameseOrderKeyOf('name')),
    /** The list's q matches it (server/db/full-text-search.ts): name, short name and code, with and without accents. */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(searchVectorOf('"name"', '"short_name"', '"code"')),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('organisations_search_idx').using('gin', table.searchVector),
    index('organisations_path_idx').using('btree', sql`${table.path} text_pattern_ops`),
    index('organisations_parent_idx').on(table.parentId),
    // The lists' orders (docs/lists.md): the organisations in tree order, and the units by name, which the systems
    // list walks to give each unit's systems in turn. Byte-wise, as vietnameseOrder sorts.
    index('organisations_list_order_idx').on(table.depth, sql`${table.nameOrder} collate "C"`, table.id),
    index('organisations_name_order_idx').on(sql`${table.nameOrder} collate "C"`, table.id),
    uniqueIndex('organisations_code_unique')
      .on(table.code)
      .where(sql`${table.code} is not null`),
  ],
);

/**
 * Which organisation acts as designated security unit (đơn vị chuyên trách) for which subtree,
 * and when: the duty moved between bodies over the years, so it is data, not a constant.
 */
export const designations = pgTable(
  'designations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    designatedOrganisationId: uuid('designated_organisation_id')
      .notNull()
      .references(() => organisations.id),
    subtreeRootId: uuid('subtree_root_id')
      .notNull()
      .references(() => organisations.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('designations_designated_idx').on(table.designatedOrganisationId),
    index('designations_subtree_root_idx').on(table.subtreeRootId),
  ],
);
