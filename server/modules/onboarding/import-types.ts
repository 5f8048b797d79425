import type { Locale } from '#shared/i18n/translate.js';
import type {
  OnboardingChange,
  OnboardingCounts,
  OnboardingIssue,
  OnboardingSheet,
} from '#shared/onboarding/onboarding.schemas.js';

/** One row of a sheet as read: its number as the spreadsheet shows it, and each known column's cell as text. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}
export type SheetRows = Record<OnboardingSheet, SheetRow[]>;

/** A mistake with its message in every locale: the preview is stored once and read in the caller's language. */
export type StoredIssue = Omit<OnboardingIssue, 'message'> & { message: Record<Locale, string> };

/** What a preview stores and shows: the counts, the mistakes and the rows that change something. */
export interface OnboardingPreviewResult {
  counts: OnboardingCounts;
  issues: StoredIssue[];
  issueCount: number;
  changes: OnboardingChange[];
  changeCount: number;
}
