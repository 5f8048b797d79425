import { z } from 'zod';

/**
 * Every string that enters the product goes through here: trimmed and NFC-normalised,
 * because decomposed (NFD) Vietnamese renders with misplaced accents in PDFs and
 * compares unequal in searches.
 */
export const nfc = (value: string): string => value.normalize('NFC');

export const textSchema = (min = 1, max = 500) =>
  z
    .string()
    .transform((value) => nfc(value).trim())
    .pipe(z.string().min(min).max(max));

export const optionalTextSchema = (max = 2000) =>
  z
    .string()
    .transform((value) => nfc(value).trim())
    .pipe(z.string().max(max));

/** A calendar date as the API carries it: YYYY-MM-DD (shown to people as dd/mm/yyyy). */
export const isoDateSchema = z.iso.date();
export type IsoDate = z.infer<typeof isoDateSchema>;

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
