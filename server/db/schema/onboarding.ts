import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OnboardingPreviewResult, SheetRows } from '../../modules/onboarding/import-types.js';
import { users } from './users.js';

/**
 * An uploaded onboarding workbook between its preview and its commit (server/modules/onboarding/): the cells
 * as read (never the file itself) and the preview shown to its uploader. The commit checks the cells again
 * against the data as it stands then; a preview is forgotten a day after its upload.
 */
export const onboardingImports = pgTable(
  'onboarding_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull().default(''),
    status: text('status').$type<'previewed' | 'committed'>().notNull().default('previewed'),
    rows: jsonb('rows').$type<SheetRows>().notNull(),
    preview: jsonb('preview').$type<OnboardingPreviewResult>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (table) => [
    index('onboarding_imports_user_idx').on(table.userId),
    index('onboarding_imports_expiry_idx').on(table.expiresAt),
  ],
);
