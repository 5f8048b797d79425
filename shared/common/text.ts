import { z } from 'zod';

/**
 * Every string that enters the product goes through here: trimmed and NFC-normalised,
 * because decomposed (NFD) Vietnamese renders with misplaced accents in PDFs and
 * compares unequal in searches.
 */
export const nfc = (value: string): string => value.normalize('NFC');

/**
 * overwrite() keeps these plain strings (a transform would hide them behind a pipe), so the limits, checked
 * on the normalised value, also appear in the OpenAPI document.
 */
export const textSchema = (min = 1, max = 500) =>
  z
    .string()
    .overwrite((value) => nfc(value).trim())
    .min(min)
    .max(max);

export const optionalTextSchema = (max = 2000) =>
  z
    .string()
    .overwrite((value) => nfc(value).trim())
    .max(max);

/**
 * The days the product accepts: wide enough for any decision, report or holiday it deals with,
 * narrow enough that every one is a date PostgreSQL stores and JavaScript computes with (year 0,
 * which PostgreSQL refuses, answered 500; a day after 9999 has no YYYY-MM-DD).
 */
export const EARLIEST_ISO_DATE = '1900-01-01';
export const LATEST_ISO_DATE = '2199-12-31';

/** Only a well-formed date is compared: a malformed one already has its own issue (validation.invalidDate). */
const withinBounds = (date: string) =>
  !/^\d{4}-\d{2}-\d{2}$/.test(date) || (date >= EARLIEST_ISO_DATE && date <= LATEST_ISO_DATE);

/**
 * A calendar date as it enters the API: YYYY-MM-DD (shown to people as dd/mm/yyyy), between
 * EARLIEST_ISO_DATE and LATEST_ISO_DATE.
 */
export const isoDateSchema = z.iso.date().refine(withinBounds, { error: 'validation.dateOutOfRange' });
export type IsoDate = z.infer<typeof isoDateSchema>;

/**
 * A date as it was once stored (a review record, an audit event): only its format is checked, so
 * a record accepted before the bounds existed still reads; what enters now uses isoDateSchema.
 */
export const storedIsoDateSchema = z.iso.date();

export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema });

/** Formats an ISO date (YYYY-MM-DD or a full timestamp) as dd/mm/yyyy, the way Vietnamese documents write it. */
export function formatDateVi(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = typeof value === 'string' ? value : value.toISOString();
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** The version a save was based on (optimistic concurrency); bounded by the int4 column. */
export const versionSchema = z.number().int().min(1).max(2_147_483_647);
