import { z } from 'zod';
import { idSchema, optionalTextSchema } from '../common/text.js';

/*
 * Onboarding a province from one spreadsheet (server/modules/onboarding/): its three lists, the preview of an
 * uploaded file (what would be created or updated, and every mistake by sheet, row and cell) and the commit that
 * applies it all or nothing. The workbook's layout (sheet names, columns) is in onboarding-layout.ts.
 */

export const onboardingSheets = ['organisations', 'people', 'systems'] as const;
export const onboardingSheetSchema = z.enum(onboardingSheets);
export type OnboardingSheet = z.infer<typeof onboardingSheetSchema>;

/** One mistake in the file: where (sheet, row number as the spreadsheet shows it, column letter) and why. */
export const onboardingIssueSchema = z.object({
  sheet: onboardingSheetSchema,
  row: z.number().int().min(0).describe('Row number as the spreadsheet shows it; 0 for the file or the sheet'),
  column: z.string().describe('Column letter (A, B ...); empty for the whole row or sheet'),
  header: z.string().describe("The column's heading as the template writes it"),
  message: z.string().describe("What is wrong and how to fix it, in the caller's language"),
});
export type OnboardingIssue = z.infer<typeof onboardingIssueSchema>;

const countSchema = z.number().int().min(0);
const rowCountsSchema = z.object({ created: countSchema, updated: countSchema, unchanged: countSchema });

export const onboardingCountsSchema = z.object({
  organisations: rowCountsSchema,
  people: rowCountsSchema,
  /** Roles granted by the file (a role a person already holds is unchanged; the file never revokes one). */
  memberships: z.object({ granted: countSchema, unchanged: countSchema }),
  systems: rowCountsSchema,
});
export type OnboardingCounts = z.infer<typeof onboardingCountsSchema>;

/** A row that would change something: its key (code, username or name path) and the fields it changes. */
export const onboardingChangeSchema = z.object({
  sheet: onboardingSheetSchema,
  row: z.number().int().min(1),
  key: z.string(),
  action: z.enum(['create', 'update']),
  fields: z.array(z.string()).describe('For an update: the fields whose value changes'),
});
export type OnboardingChange = z.infer<typeof onboardingChangeSchema>;

const onboardingImportStatuses = ['previewed', 'committed'] as const;

export const onboardingPreviewSchema = z.object({
  id: idSchema,
  status: z.enum(onboardingImportStatuses),
  fileName: z.string(),
  createdAt: z.iso.datetime(),
  /** A preview not committed by then is forgotten: upload the file again. */
  expiresAt: z.iso.datetime(),
  committedAt: z.iso.datetime().nullable(),
  counts: onboardingCountsSchema,
  issues: z.array(onboardingIssueSchema).describe('The first 1,000 mistakes, in sheet and row order'),
  issueCount: countSchema,
  changes: z.array(onboardingChangeSchema).describe('The first 2,000 rows that change something, in order'),
  changeCount: countSchema,
  abilities: z.object({ commit: z.boolean() }),
});
export type OnboardingPreview = z.infer<typeof onboardingPreviewSchema>;

export const onboardingUploadQuerySchema = z.object({
  fileName: optionalTextSchema(255).default('').describe('The uploaded file name, shown back in the preview'),
});

export const onboardingExportQuerySchema = z.object({
  organisationId: idSchema
    .optional()
    .describe('The subtree to export; by default every subtree the caller administers'),
});

export const onboardingImportParamsSchema = z.object({ id: idSchema });

/** XLSX, as the template and the export are written and an upload must be. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An upload larger than this is refused before it is opened. */
export const MAX_ONBOARDING_BYTES = 10 * 1024 * 1024;
